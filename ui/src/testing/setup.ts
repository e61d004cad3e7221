import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The build machine is shared: give asynchronous queries more than the default second.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
