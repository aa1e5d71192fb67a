package uk.safeguardcases.application.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.audit.Reading;

/**
 * Every kind of read: the product's own ({@link ReadKind}) and every process's ({@link Readings}), by the name a record
 * keeps. Two kinds of one name stop the deployment.
 */
@ApplicationScoped
public class KnownReadings {

    @Inject
    @Any
    private Instance<Readings> registered;

    private Map<String, Reading> byName;

    @PostConstruct
    void collect() {
        List<Readings> all = new ArrayList<>();
        registered.forEach(all::add);
        collect(all);
    }

    void collect(List<Readings> processes) {
        Map<String, Reading> names = new LinkedHashMap<>();
        Arrays.stream(ReadKind.values()).forEach(kind -> names.put(kind.name(), kind));
        for (Readings process : processes) {
            for (Reading reading : process.readings()) {
                Reading before = names.putIfAbsent(reading.name(), reading);
                if (before != null && before != reading) {
                    throw new IllegalStateException("Two kinds of read are named " + reading.name() + ": "
                            + before.getClass().getName() + " and " + reading.getClass().getName());
                }
            }
        }
        byName = Map.copyOf(names);
    }

    /** The kind a record names; one worded by its name alone when no process declares it any longer. */
    public Reading byName(String name) {
        Reading known = byName.get(name);
        return known != null ? known : new Unknown(name);
    }

    /** Every kind known. */
    public List<Reading> all() {
        return List.copyOf(byName.values());
    }

    /** A read of a kind no process declares now (a process taken away): shown as it was recorded. */
    record Unknown(String name) implements Reading {
        @Override
        public String label() {
            return name;
        }
    }
}
