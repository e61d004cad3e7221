package io.averted.incident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The losses and materialized risks of the incidents a request shows, loaded once per request: several
 * fields (losses, totalLoss, lossByType; risks, preventableBy, recurrence) read the same rows.
 */
@RequestScoped
public class IncidentDetails {

    @Inject
    IncidentService incidents;

    private final Map<UUID, List<LossItem>> losses = new HashMap<>();
    private final Map<UUID, List<IncidentRisk>> risks = new HashMap<>();

    public Map<UUID, List<LossItem>> lossesOf(Collection<UUID> incidentIds) {
        return cached(losses, incidentIds, incidents::lossesOf, l -> l.incidentId);
    }

    public Map<UUID, List<IncidentRisk>> risksOf(Collection<UUID> incidentIds) {
        return cached(risks, incidentIds, incidents::risksOf, r -> r.incidentId);
    }

    private static <T> Map<UUID, List<T>> cached(Map<UUID, List<T>> cache, Collection<UUID> ids,
            Function<Collection<UUID>, List<T>> load, Function<T, UUID> incidentOf) {
        List<UUID> missing = ids.stream().filter(id -> !cache.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> cache.put(id, new ArrayList<>()));
            load.apply(missing).forEach(item -> cache.get(incidentOf.apply(item)).add(item));
        }
        Map<UUID, List<T>> result = new HashMap<>();
        ids.forEach(id -> result.put(id, cache.get(id)));
        return result;
    }
}
