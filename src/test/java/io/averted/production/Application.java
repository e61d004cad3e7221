package io.averted.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One instance of the application as production runs it: {@code java -jar} on the {@code -Dprod} package, configured
 * by environment variables only (README, "Run it for real").
 */
final class Application {

    /** The heap an instance gets here: the app must serve within a 512 MB container. */
    static final String HEAP = "-Xmx256m";

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final long startedAt;
    private Duration startUp;

    private Application(String name, Process process, int port, int managementPort, long startedAt) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.startedAt = startedAt;
    }

    static Application start(String name, Path jar, Path logDirectory, int port, Map<String, String> environment) {
        int managementPort = Processes.freePort();
        // From the package's directory, where the class-data archive (pom.xml, production-build) finds the class path
        // it recorded. -Xshare:on: the JVM refuses to start unless the archive is there and fits this JDK, the one that
        // built it, so a package without a working archive fails every IT.
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), HEAP, "-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:on",
                "-jar", jar.toString())
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            long startedAt = System.nanoTime();
            return new Application(name, builder.start(), port, managementPort, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for readiness; returns the time from {@code java -jar} to ready. */
    Duration awaitReady() {
        Processes.await(name + " ready", Duration.ofSeconds(120), () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see target/it/" + name + ".log");
            }
            return readiness() == 200;
        });
        if (startUp == null) {
            startUp = Duration.ofNanos(System.nanoTime() - startedAt);
        }
        return startUp;
    }

    /** The readiness probe's HTTP status: 200 UP, 503 DOWN, -1 nothing answers. */
    int readiness() {
        return Processes.status("http://localhost:" + managementPort + "/q/health/ready");
    }

    String url() {
        return "http://localhost:" + port;
    }

    void stop() {
        Processes.stop(process);
    }
}
