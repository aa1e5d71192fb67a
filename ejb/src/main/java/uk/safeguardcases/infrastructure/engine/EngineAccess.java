package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/**
 * The way services use the engine: as the current caller, authenticated to the engine with their board
 * as their only tenant. With the engine's tenant check on, every query then sees that board's
 * definitions, instances and tasks only, whatever the service forgets to filter.
 */
@ApplicationScoped
public class EngineAccess {

    @Inject
    private ProcessEngine engine;

    public <T> T asCaller(Function<ProcessEngine, T> work) {
        Caller caller = CallerContext.current();
        IdentityService identity = engine.getIdentityService();
        List<String> groups = caller.roles().stream().map(Role::roleName).toList();
        identity.setAuthentication(caller.username(), groups, List.of(caller.tenantId()));
        try {
            return work.apply(engine);
        } finally {
            identity.clearAuthentication();
        }
    }
}
