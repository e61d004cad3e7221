import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates typed documents and result types for every graphql(`...`) call under src/.
// The schema is the API contract in ./schema.graphql; nothing here talks to a server.
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        onlyOperationTypes: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          // Exact decimals: a JSON number, or decimal text.
          BigDecimal: 'number | string',
          // Declared by SmallRye though no field uses it now.
          BigInteger: 'number',
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
