package io.averted.economics.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The simulation is plain Java: no framework type may reach it, by import or by fully qualified name. */
class SimulationPackageIsPlainJavaTest {

    static final Path SOURCES = Path.of("src/main/java/io/averted/economics/simulation");

    static final Pattern FRAMEWORK = Pattern.compile("\\b(io\\.quarkus|jakarta\\.|org\\.eclipse\\.microprofile)");

    static List<String> frameworkReferences(String fileName, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FRAMEWORK.matcher(lines[i]).find()) {
                found.add(fileName + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    @Test
    void no_source_of_the_simulation_package_refers_to_quarkus_jakarta_or_microprofile() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            found.addAll(frameworkReferences(SOURCES.relativize(file).toString(), Files.readString(file)));
        }

        assertTrue(files.stream().anyMatch(file -> file.endsWith("LossSimulator.java")), "scanned " + files);
        assertEquals(List.of(), found);
    }

    @Test
    void the_scan_finds_imports_and_qualified_names() {
        assertFalse(frameworkReferences("A.java", "import io.quarkus.runtime.Startup;").isEmpty());
        assertFalse(frameworkReferences("A.java", "import static jakarta.transaction.Transactional.TxType.REQUIRED;").isEmpty());
        assertFalse(frameworkReferences("A.java", "@org.eclipse.microprofile.config.inject.ConfigProperty(name = \"x\")").isEmpty());
        assertEquals(List.of(), frameworkReferences("A.java", "import java.util.List; // not jakartaee"));
    }
}
