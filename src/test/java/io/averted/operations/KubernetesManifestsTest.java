package io.averted.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests of src/main/kubernetes, checked offline against each other and against what the application
 * really serves in production (application.properties). No cluster and no schema download: the overlays are rendered
 * here by a small Kustomize (resources, secret generators, strategic-merge patches of maps, namespace), and, where
 * kubectl is installed, compared with {@code kubectl kustomize}.
 */
class KubernetesManifestsTest {

    static final Path ROOT = Path.of("src/main/kubernetes");
    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    static final YAMLMapper YAML = new YAMLMapper();
    /** Keys of the Secret the CloudNativePG operator writes for a Cluster's application owner ({@code <cluster>-app}). */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass");

    @Test
    void every_document_names_its_api_version_kind_and_name() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 10, "manifests found: " + files);
        for (Path file : files) {
            for (JsonNode doc : read(file)) {
                assertTrue(doc.path("apiVersion").isTextual(), file + ": apiVersion");
                assertTrue(doc.path("kind").isTextual(), file + ": kind");
                if (!doc.path("kind").asText().equals("Kustomization")) {
                    assertTrue(doc.path("metadata").path("name").isTextual(), file + ": metadata.name of a " + doc.path("kind").asText());
                }
            }
        }
    }

    @Test
    void kustomizations_list_only_files_that_exist() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path kustomization : walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode k = read(kustomization).get(0);
                Path dir = kustomization.getParent();
                for (JsonNode resource : k.path("resources")) {
                    Path target = dir.resolve(resource.asText()).normalize();
                    assertTrue(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")),
                            kustomization + " lists " + resource.asText() + ", which does not exist");
                }
                for (JsonNode patch : k.path("patches")) {
                    assertTrue(Files.isRegularFile(dir.resolve(patch.path("path").asText())), kustomization + ": patch " + patch);
                }
            }
        }
        // Every manifest is used by some kustomization: a file nobody lists is a file nobody applies.
        Set<Path> listed = new HashSet<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path kustomization : walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode k = read(kustomization).get(0);
                k.path("resources").forEach(r -> listed.add(kustomization.getParent().resolve(r.asText()).normalize()));
                k.path("patches").forEach(p -> listed.add(kustomization.getParent().resolve(p.path("path").asText()).normalize()));
            }
        }
        for (Path file : yamlFiles()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertTrue(listed.contains(file.normalize()), file + " is in no kustomization");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void probes_ask_the_health_endpoints_the_production_build_serves(String overlay) throws IOException {
        JsonNode container = appContainer(render(ROOT.resolve(overlay)));
        Properties app = applicationProperties();
        String healthRoot = "/" + prod(app, "quarkus.http.non-application-root-path", "q") + "/" + prod(app, "quarkus.smallrye-health.root-path", "health");
        int healthPort = Boolean.parseBoolean(prod(app, "quarkus.management.enabled", "false"))
                ? Integer.parseInt(prod(app, "quarkus.management.port", "9000"))
                : Integer.parseInt(prod(app, "quarkus.http.port", "8080"));

        assertEquals(healthRoot + "/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals(healthRoot + "/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals(healthRoot + "/started", container.path("startupProbe").path("httpGet").path("path").asText());
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals(healthPort, containerPort(container, container.path(probe).path("httpGet").path("port")), probe + " port");
        }
        assertEquals(Integer.parseInt(prod(app, "quarkus.http.port", "8080")), containerPort(container, JsonNodeFactory.instance.textNode("http")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void the_app_container_has_requests_and_limits_and_runs_as_the_images_non_root_user(String overlay) throws IOException {
        List<ObjectNode> docs = render(ROOT.resolve(overlay));
        JsonNode container = appContainer(docs);
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertTrue(container.path("resources").path(kind).path(resource).isValueNode(), kind + "." + resource);
            }
        }
        assertEquals(bytes(container.path("resources").path("requests").path("memory").asText()),
                bytes(container.path("resources").path("limits").path("memory").asText()),
                "memory request = limit, so the JVM's share of the limit is what the pod was scheduled for");

        JsonNode pod = one(docs, "Deployment").path("spec").path("template").path("spec").path("securityContext");
        JsonNode own = container.path("securityContext");
        assertTrue(own.path("runAsNonRoot").asBoolean(pod.path("runAsNonRoot").asBoolean()), "runAsNonRoot");
        assertFalse(own.path("allowPrivilegeEscalation").asBoolean(true), "allowPrivilegeEscalation");
        assertTrue(own.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        String imageUser = applicationProperties().getProperty("quarkus.jib.user");
        assertEquals(imageUser, pod.path("runAsUser").asText(), "the pod runs as the user the image is built for");
        assertNotEquals("0", imageUser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void every_variable_read_from_a_config_map_or_secret_is_in_it(String overlay) throws IOException {
        List<ObjectNode> docs = render(ROOT.resolve(overlay));
        // Secrets production does not create are created by hand (README); the dev overlay generates each one with the
        // same keys, so it is the list of what to create.
        List<ObjectNode> provided = new ArrayList<>(docs);
        if (overlay.endsWith("production")) {
            render(ROOT.resolve("overlays/dev")).stream().filter(d -> kind(d).equals("Secret")).forEach(provided::add);
        }
        Set<String> clusters = names(docs, "Cluster");
        JsonNode container = appContainer(docs);
        assertFalse(container.path("env").isEmpty());
        for (JsonNode env : container.path("env")) {
            JsonNode from = env.path("valueFrom");
            if (from.has("configMapKeyRef")) {
                assertKey(docs, "ConfigMap", from.path("configMapKeyRef"), env.path("name").asText());
            } else if (from.has("secretKeyRef")) {
                JsonNode ref = from.path("secretKeyRef");
                String name = ref.path("name").asText();
                if (name.endsWith("-app") && clusters.contains(name.substring(0, name.length() - 4))) {
                    assertTrue(CNPG_APP_SECRET_KEYS.contains(ref.path("key").asText()), env + ": the operator writes no such key");
                } else {
                    assertKey(provided, "Secret", ref, env.path("name").asText());
                }
            }
        }
        // The object-storage credentials of the backups, too.
        for (ObjectNode cluster : all(docs, "Cluster")) {
            JsonNode credentials = cluster.path("spec").path("backup").path("barmanObjectStore").path("s3Credentials");
            for (String field : List.of("accessKeyId", "secretAccessKey")) {
                assertKey(provided, "Secret", credentials.path(field), "backup " + field);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void autoscaler_disruption_budget_and_service_find_the_app_pods(String overlay) throws IOException {
        List<ObjectNode> docs = render(ROOT.resolve(overlay));
        ObjectNode deployment = one(docs, "Deployment");
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");

        JsonNode target = one(docs, "HorizontalPodAutoscaler").path("spec").path("scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals(name(deployment), target.path("name").asText());
        JsonNode hpa = one(docs, "HorizontalPodAutoscaler").path("spec");
        assertTrue(hpa.path("minReplicas").asInt() <= hpa.path("maxReplicas").asInt());

        assertSelects(one(docs, "PodDisruptionBudget").path("spec").path("selector").path("matchLabels"), podLabels, "PodDisruptionBudget");
        assertSelects(one(docs, "Service").path("spec").path("selector"), podLabels, "Service");
        assertSelects(deployment.path("spec").path("selector").path("matchLabels"), podLabels, "Deployment");
        for (JsonNode port : one(docs, "Service").path("spec").path("ports")) {
            containerPort(appContainer(docs), port.path("targetPort"));
        }
    }

    @Test
    void production_runs_at_least_two_app_pods_and_three_postgresql_instances_with_backups() throws IOException {
        List<ObjectNode> docs = render(ROOT.resolve("overlays/production"));
        assertTrue(one(docs, "HorizontalPodAutoscaler").path("spec").path("minReplicas").asInt() >= 2, "HPA minReplicas");
        assertTrue(one(docs, "Deployment").path("spec").path("replicas").asInt() >= 2, "replicas");

        ObjectNode cluster = one(docs, "Cluster");
        assertTrue(cluster.path("spec").path("instances").asInt() >= 3, "one primary and at least two replicas");
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertTrue(store.path("destinationPath").asText().matches("(s3|gs|https)://.+"), "backups to object storage: " + store);
        assertTrue(cluster.path("spec").path("backup").path("retentionPolicy").isTextual(), "retentionPolicy");
        ObjectNode scheduled = one(docs, "ScheduledBackup");
        assertEquals(name(cluster), scheduled.path("spec").path("cluster").path("name").asText());
        assertEquals(6, scheduled.path("spec").path("schedule").asText().trim().split("\\s+").length, "CloudNativePG's schedule has seconds");
        assertEquals(name(cluster) + "-rw", jdbcHost(one(docs, "ConfigMap").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText()),
                "the app writes to the operator's read-write Service");
    }

    @Test
    void production_pods_at_full_scale_fit_in_postgresqls_connections() throws IOException {
        List<ObjectNode> docs = render(ROOT.resolve("overlays/production"));
        int pods = one(docs, "HorizontalPodAutoscaler").path("spec").path("maxReplicas").asInt();
        int perPod = one(docs, "ConfigMap").path("data").path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asInt();
        int max = one(docs, "Cluster").path("spec").path("postgresql").path("parameters").path("max_connections").asInt();
        assertTrue(perPod > 0 && max > 0);
        assertTrue(pods * perPod + 20 <= max, pods + " pods x " + perPod + " connections + 20 for the operator > max_connections " + max);
    }

    @Test
    void point_in_time_recovery_reads_the_production_clusters_archive_and_writes_its_own() throws IOException {
        ObjectNode live = one(render(ROOT.resolve("overlays/production")), "Cluster");
        ObjectNode restore = one(render(ROOT.resolve("restore")), "Cluster");
        JsonNode recovery = restore.path("spec").path("bootstrap").path("recovery");
        assertTrue(recovery.path("recoveryTarget").path("targetTime").isTextual(), "a recovery target");
        JsonNode source = null;
        for (JsonNode external : restore.path("spec").path("externalClusters")) {
            if (external.path("name").asText().equals(recovery.path("source").asText())) {
                source = external;
            }
        }
        assertTrue(source != null, "bootstrap.recovery.source names an external cluster");
        assertEquals(name(live), source.path("barmanObjectStore").path("serverName").asText(name(source)), "reads the live cluster's archive");
        assertEquals(live.path("spec").path("backup").path("barmanObjectStore").path("destinationPath").asText(),
                source.path("barmanObjectStore").path("destinationPath").asText());
        assertNotEquals(name(live), name(restore), "the recovered cluster archives under its own name, never over the live history");
        assertTrue(restore.path("spec").path("instances").asInt() >= 3);
    }

    @Test
    void image_overrides_name_the_image_the_deployment_uses() throws IOException {
        JsonNode k = read(ROOT.resolve("overlays/production/kustomization.yaml")).get(0);
        String image = appContainer(render(ROOT.resolve("overlays/production"))).path("image").asText();
        Properties app = applicationProperties();
        assertEquals(app.getProperty("quarkus.container-image.group") + "/" + app.getProperty("quarkus.container-image.name"),
                image.substring(0, image.lastIndexOf(':')), "the base names the image Jib builds");
        for (JsonNode override : k.path("images")) {
            assertTrue(image.startsWith(override.path("name").asText() + ":"), "images: " + override + " matches no container");
        }
    }

    /** README, "Backup and restore", switches the app to a recovered cluster by patching env/2 and env/3. */
    @Test
    void the_restore_steps_patch_the_database_credentials_where_they_are() throws IOException {
        JsonNode env = appContainer(render(ROOT.resolve("overlays/production"))).path("env");
        assertEquals("QUARKUS_DATASOURCE_USERNAME", env.path(2).path("name").asText());
        assertEquals("QUARKUS_DATASOURCE_PASSWORD", env.path(3).path("name").asText());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("/spec/template/spec/containers/0/env/2/valueFrom/secretKeyRef/name")
                && readme.contains("/spec/template/spec/containers/0/env/3/valueFrom/secretKeyRef/name"));
    }

    /** The small Kustomize above must agree with the real one, where it is installed. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production", "restore"})
    void kubectl_kustomize_renders_the_same_objects(String overlay) throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed");
        Process process = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve(overlay).toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        List<ObjectNode> real = new ArrayList<>();
        for (Iterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(out); it.hasNext();) {
            real.add((ObjectNode) it.next());
        }
        assertEquals(summary(real), summary(render(ROOT.resolve(overlay))));
        if (!overlay.equals("restore")) {
            assertEquals(appContainer(real).path("env"), appContainer(render(ROOT.resolve(overlay))).path("env"));
            assertEquals(one(real, "Cluster").path("spec").path("instances"), one(render(ROOT.resolve(overlay)), "Cluster").path("spec").path("instances"));
        }
    }

    // --- a small Kustomize ---------------------------------------------------------------------------------------

    static List<ObjectNode> render(Path dir) throws IOException {
        JsonNode k = read(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> docs = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                docs.addAll(render(path));
            } else {
                read(path).forEach(d -> docs.add((ObjectNode) d));
            }
        }
        for (JsonNode generator : k.path("secretGenerator")) {
            ObjectNode secret = JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "Secret");
            secret.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = secret.putObject("stringData");
            for (JsonNode literal : generator.path("literals")) {
                String[] pair = literal.asText().split("=", 2);
                data.put(pair[0], pair[1]);
            }
            docs.add(secret);
        }
        for (JsonNode patch : k.path("patches")) {
            for (JsonNode change : read(dir.resolve(patch.path("path").asText()))) {
                ObjectNode target = docs.stream()
                        .filter(d -> kind(d).equals(kind(change)) && name(d).equals(name(change)))
                        .findFirst().orElseThrow(() -> new AssertionError(dir + ": patch for " + kind(change) + " " + name(change) + " finds nothing"));
                merge(target, change);
            }
        }
        if (k.has("namespace")) {
            docs.forEach(d -> ((ObjectNode) d.path("metadata")).put("namespace", k.path("namespace").asText()));
        }
        return docs;
    }

    /** Strategic merge for maps; lists are replaced (enough for these patches, and checked against kubectl above). */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    static List<JsonNode> read(Path file) {
        try {
            List<JsonNode> docs = new ArrayList<>();
            for (Iterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile()); it.hasNext();) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML", e);
        }
    }

    static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            properties.load(in);
        }
        return properties;
    }

    /** A property as the production profile sees it. */
    static String prod(Properties app, String key, String fallback) {
        return app.getProperty("%prod." + key, app.getProperty(key, fallback));
    }

    static String kind(JsonNode doc) {
        return doc.path("kind").asText();
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText(doc.path("name").asText());
    }

    static List<ObjectNode> all(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(d -> kind(d).equals(kind)).toList();
    }

    static ObjectNode one(List<ObjectNode> docs, String kind) {
        List<ObjectNode> found = all(docs, kind);
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    static Set<String> names(List<ObjectNode> docs, String kind) {
        return all(docs, kind).stream().map(KubernetesManifestsTest::name).collect(Collectors.toSet());
    }

    static Set<String> summary(List<ObjectNode> docs) {
        return docs.stream().map(d -> kind(d) + "/" + d.path("metadata").path("namespace").asText("-") + "/" + name(d)).collect(Collectors.toCollection(TreeSet::new));
    }

    static JsonNode appContainer(List<ObjectNode> docs) {
        JsonNode containers = one(docs, "Deployment").path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    /** The container port a probe or Service port means, by number or by name. */
    static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return fail("no container port named " + port);
    }

    static void assertKey(List<ObjectNode> docs, String kind, JsonNode ref, String what) {
        String name = ref.path("name").asText();
        List<ObjectNode> holders = all(docs, kind).stream().filter(d -> name(d).equals(name)).toList();
        assertFalse(holders.isEmpty(), what + ": no " + kind + " " + name);
        boolean has = holders.stream().anyMatch(d -> d.path("data").has(ref.path("key").asText()) || d.path("stringData").has(ref.path("key").asText()));
        assertTrue(has, what + ": " + kind + " " + name + " has no key " + ref.path("key").asText());
    }

    static void assertSelects(JsonNode selector, JsonNode labels, String who) {
        assertFalse(selector.isEmpty(), who + " selects everything");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(null),
                who + " selects " + e.getKey() + "=" + e.getValue().asText() + ", which the app pods do not carry"));
    }

    static String jdbcHost(String url) {
        return url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("[:/].*$", "");
    }

    static long bytes(String quantity) {
        Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30);
        for (Map.Entry<String, Long> unit : units.entrySet()) {
            if (quantity.endsWith(unit.getKey())) {
                return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * unit.getValue();
            }
        }
        return Long.parseLong(quantity);
    }

    static boolean onPath(String command) {
        try {
            Process p = new ProcessBuilder(command, "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
