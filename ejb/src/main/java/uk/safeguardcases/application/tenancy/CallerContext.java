package uk.safeguardcases.application.tenancy;

import java.util.ResourceBundle;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import uk.safeguardcases.domain.people.Role;

/**
 * The one home of "who is calling, for which board". Set by the web filter for each request, by the
 * process engine's delegates from the execution's tenant, and by start-up work; cleared afterwards.
 * Hibernate's tenant resolver reads it, so every tenant-owned query is filtered below the services.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    public static Caller current() {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new AccessRefusedException(words("access.signIn"));
        }
        return caller;
    }

    /** Whoever is calling, or null when nobody is (start-up work before it sets a caller). */
    public static Caller currentOrNull() {
        return CURRENT.get();
    }

    public static String currentTenantOrNull() {
        Caller caller = CURRENT.get();
        return caller == null ? null : caller.tenantId();
    }

    /** The language the current caller is answered in; English when nobody is calling. */
    public static Locale language() {
        Caller caller = CURRENT.get();
        return caller == null ? Caller.ENGLISH : caller.language();
    }

    /** Refuses unless the caller has one of the roles. Returns the caller for convenience. */
    public static Caller require(Role... anyOf) {
        Caller caller = current();
        if (Arrays.stream(anyOf).noneMatch(caller::has)) {
            throw new AccessRefusedException(words("access.role"));
        }
        return caller;
    }

    /**
     * A refusal in the caller's language, from the services' bundle (the one {@code Texts} reads): read here directly
     * so that who is calling does not depend on the words, which depend on who is calling.
     */
    private static String words(String key) {
        return ResourceBundle.getBundle("uk.safeguardcases.application.texts", language()).getString(key);
    }

    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work as the given caller, restoring whoever was there before. */
    public static <T> T runAs(Caller caller, Callable<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        runAs(caller, () -> {
            work.run();
            return null;
        });
    }
}
