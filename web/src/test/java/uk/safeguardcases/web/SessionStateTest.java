package uk.safeguardcases.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.people.SecondFactorEnrolment;
import uk.safeguardcases.application.people.SignInStep;
import uk.safeguardcases.application.people.SingleSignOnStart;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.security.PendingSignIn;
import uk.safeguardcases.web.shell.Shell;

/**
 * The web application is distributable: on a cluster every session, with its views' beans, is serialised to another
 * node. So everything kept in the session or in a view, session, conversation or flow scope must serialise, and so
 * must everything reachable from it; injected beans and EJBs excepted (the container serialises their proxies).
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> KEPT_SCOPES = List.of(ViewScoped.class,
            SessionScoped.class, ConversationScoped.class, FlowScoped.class);
    private static final List<Class<? extends Annotation>> INJECTED = List.of(Inject.class, EJB.class,
            Resource.class);
    private static final List<Class<? extends Annotation>> SESSION_BEANS = List.of(Stateless.class,
            Singleton.class, Stateful.class);
    private static final String OURS = "uk.safeguardcases.";

    @Test
    void everyBeanKeptBetweenRequestsHoldsOnlySerializableState() throws Exception {
        List<Class<?>> kept = keptBeans();
        assertThat(kept).as("beans found in " + classesRoot()).extracting(Class::getSimpleName)
                .contains("CaseView", "RaiseConcernView", "PeopleImportView");

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : kept) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }
        assertThat(problems).as("state kept in the session that does not serialise (class.field → type)").isEmpty();
    }

    @Test
    void everyBeanKeptBetweenRequestsSerialisesAsCreated() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : keptBeans()) {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            try {
                roundTrip(constructor.newInstance());
            } catch (IOException e) {
                problems.add(bean.getName() + ": " + e);
            }
        }
        assertThat(problems).as("beans that do not serialise as created").isEmpty();
    }

    /** What the filters and servlets put into the session themselves (CallerFilter, SignIn, SingleSignOnServlet). */
    @Test
    void sessionAttributesComeBackEqualFromAnotherNode() throws Exception {
        Caller caller = new Caller("angharad.prys", "Angharad Prys", "cwm-taf", Set.of(Role.OFFICER, Role.SENIOR),
                null, Texts.WELSH);
        Caller member = new Caller("dafydd.ap.gwilym", "Dafydd ap Gwilym", "cwm-taf", Set.of(Role.MEMBER), 42L);
        PendingSignIn pending = new PendingSignIn("angharad.prys", SignInStep.SET_UP_SECOND_FACTOR,
                Instant.parse("2026-11-23T09:15:00Z"), new SecondFactorEnrolment("JBSWY3DPEHPK3PXP",
                        "otpauth://totp/Safeguard%20Cases:angharad.prys?secret=JBSWY3DPEHPK3PXP"),
                List.of("6f2c-91ad", "0b7e-44c3"));
        SingleSignOnStart started = new SingleSignOnStart("cwm-taf",
                new URI("https://login.cwm-taf.example/authorize?state=s1&nonce=n1"),
                "https://cases.example/sign-in/returned", "s1", "n1", "verifier-‘ŵ’", Instant.parse(
                        "2026-11-23T09:16:00Z"));

        for (Object attribute : List.of(caller, member, pending, started, "3f9a0c", 1_763_889_300_000L, true)) {
            assertThat(roundTrip(attribute)).as(attribute.getClass().getSimpleName()).isEqualTo(attribute);
        }
    }

    /**
     * What the filters and servlets keep in the session is declared immutable to WildFly (WEB-INF/distributable-web.xml),
     * so a request that only reads it does not have the whole session written again when it ends; and it is: records
     * whose collections cannot be changed.
     */
    @Test
    void whatTheProductKeepsInTheSessionIsDeclaredImmutableAndIs() throws Exception {
        String declared = Files.readString(Path.of("src/main/webapp/WEB-INF/distributable-web.xml"));
        for (Class<?> kept : List.of(Caller.class, PendingSignIn.class, SingleSignOnStart.class)) {
            assertThat(declared).as(kept.getSimpleName())
                    .contains("<immutable-class>" + kept.getName() + "</immutable-class>");
            assertThat(kept.isRecord()).as(kept.getSimpleName() + " is a record").isTrue();
        }
        Caller caller = new Caller("angharad.prys", "Angharad Prys", "cwm-taf", new HashSet<>(Set.of(Role.OFFICER)),
                null, Texts.WELSH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> caller.roles().add(Role.SENIOR))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Caller("x", "X", "cwm-taf", null, null).roles()).isEmpty();
        PendingSignIn pending = new PendingSignIn("angharad.prys", SignInStep.DONE, Instant.now(), null,
                new ArrayList<>(List.of("6f2c-91ad")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pending.recoveryCodes().add("0b7e-44c3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** The first test names each field that would not serialise, and each injection lost on another node. */
    @Test
    void aFieldThatDoesNotSerialiseIsNamed() {
        List<String> problems = new ArrayList<>();
        checkFields(Careless.class, "Careless", new HashSet<>(), problems);
        assertThat(problems).containsExactlyInAnyOrder(
                "Careless.reason → java.util.Optional<java.lang.String>: java.util.Optional is not Serializable",
                "Careless.later → java.util.function.Supplier<java.lang.String>: "
                        + "java.util.function.Supplier is not Serializable",
                "Careless.log → java.util.logging.Logger: java.util.logging.Logger is not Serializable",
                "Careless.held.open → java.lang.Thread: java.lang.Thread is not Serializable",
                "Careless.byName → java.util.Map<java.lang.String, java.lang.Object>: "
                        + "java.lang.Object is not Serializable",
                "Careless.injectedOnce is injected but transient: null on another node");
    }

    @SuppressWarnings("unused")
    private static final class Careless implements Serializable {
        private java.util.Optional<String> reason;
        private java.util.function.Supplier<String> later;
        private java.util.logging.Logger log;
        private List<Held> held;
        private Map<String, Object> byName;
        private transient Thread skipped;
        private List<String> fine;
        @Inject
        private Shell injected;
        @Inject
        private transient Shell injectedOnce;
    }

    @SuppressWarnings("unused")
    private record Held(String name, Thread open) implements Serializable {
    }

    private static List<Class<?>> keptBeans() throws IOException, ClassNotFoundException {
        Path root = classesRoot();
        List<Class<?>> kept = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        SessionStateTest.class.getClassLoader());
                if (KEPT_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    kept.add(type);
                }
            }
        }
        return kept;
    }

    /** The web module's compiled classes (target/classes), not the tests'. */
    private static Path classesRoot() {
        try {
            return Path.of(Shell.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkFields(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
            // What a library superclass keeps for us, such as a LazyDataModel's rows, is of its type arguments.
            if (c.getGenericSuperclass() instanceof ParameterizedType inherited) {
                for (Type argument : inherited.getActualTypeArguments()) {
                    checkType(argument, path + " (" + inherited.getTypeName() + ")", seen, problems);
                }
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean injected = INJECTED.stream().anyMatch(field::isAnnotationPresent);
                if (injected && Modifier.isTransient(modifiers)) {
                    // The container injects once, at creation; a node that deserialises the bean finds null here.
                    problems.add(path + "." + field.getName() + " is injected but transient: null on another node");
                }
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic() || injected) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Type> seen, List<String> problems) {
        checkType(type, path, seen, problems, type);
    }

    /** {@code declared} is the field's whole type, for the message. */
    private static void checkType(Type type, String path, Set<Type> seen, List<String> problems, Type declared) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, seen, problems, declared);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path, seen, problems, declared);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path, seen, problems, declared);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, seen, problems, declared);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, seen, problems, declared);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems, declared);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, List<String> problems, Type declared) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), path, seen, problems, declared);
            return;
        }
        // A collection or map interface serialises when its elements do (every JDK implementation does).
        if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
            return;
        }
        // An EJB reference handed on from an injected field is the container's proxy, which serialises.
        if (SESSION_BEANS.stream().anyMatch(c::isAnnotationPresent)) {
            return;
        }
        if (c.isInterface() && c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                checkClass(permitted, path, seen, problems, declared);
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + " → " + declared.getTypeName() + ": " + c.getName() + " is not Serializable");
            return;
        }
        // Our own types are followed into their fields (records into their components); others are trusted.
        if (c.getName().startsWith(OURS) && seen.add(c)) {
            checkFields(c, path, seen, problems);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
