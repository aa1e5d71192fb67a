package uk.safeguardcases.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Calls the product's own methods from pages ({@code #{labels.of(ev.platformValue)}}, {@code #{caseView.canDo('triage')}})
 * through a method found once per class. The standard bean resolver looks each call's method up afresh, and its
 * look-up copies every public method of the class (a bean's proxy has dozens): on a long case page, hundreds of
 * calls a request made a seventh of everything the request allocated and kept the collector busy (the national
 * benchmark's profile).
 * <p>
 * Only a method that is the one public method of its name and number of parameters is called here, with its arguments
 * converted exactly as the standard resolver converts them; anything else (an overloaded name, variable arguments,
 * a method of a class that is not public, another library's class) is left to the standard resolver, so a page
 * means the same with or without this one.
 */
public class MethodCallELResolver extends ELResolver {

    private static final String PRODUCT = "uk.safeguardcases.";

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || !base.getClass().getName().startsWith(PRODUCT)) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        Method found = METHODS.get(base.getClass()).get(key(name, given.length));
        if (found == null || (paramTypes != null && !Arrays.equals(paramTypes, found.getParameterTypes()))) {
            return null;
        }
        Class<?>[] types = found.getParameterTypes();
        Object[] arguments = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            arguments[i] = context.convertToType(given[i], types[i]);
        }
        Object result;
        try {
            result = found.invoke(base, arguments);
        } catch (IllegalAccessException notOurs) {
            return null;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the other resolvers' business.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static String key(String name, int parameters) {
        return name + '/' + parameters;
    }

    /** Each class's callable methods by name and number of parameters: only those with no other of the same key. */
    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> unique = new HashMap<>();
            Set<String> leftAlone = new HashSet<>();
            for (Method m : type.getMethods()) {
                String key = key(m.getName(), m.getParameterCount());
                Method earlier = unique.get(key);
                if (m.isBridge() || m.isSynthetic() || leftAlone.contains(key)
                        || (earlier != null && Arrays.equals(earlier.getParameterTypes(), m.getParameterTypes()))) {
                    continue;
                }
                if (earlier != null || m.isVarArgs() || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    // Overloaded, variable arguments, or declared in a class that is not public: the standard resolver's.
                    unique.remove(key);
                    leftAlone.add(key);
                } else {
                    unique.put(key, m);
                }
            }
            return Map.copyOf(unique);
        }
    };
}
