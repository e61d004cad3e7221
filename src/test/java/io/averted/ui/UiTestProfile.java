package io.averted.ui;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Serves the built UI through Quinoa and loads the demo stories, as a first start in dev mode would. */
public class UiTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.quinoa", "true", "averted.demo-data.enabled", "true");
    }
}
