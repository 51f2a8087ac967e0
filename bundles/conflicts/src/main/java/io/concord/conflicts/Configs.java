package io.concord.conflicts;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Instances of the typed configuration annotations outside an OSGi framework (tests, benchmarks,
 * embedding): every attribute takes its declared default unless overridden by name.
 */
public final class Configs {
    private Configs() {}

    public static <A extends Annotation> A defaults(Class<A> type) {
        return of(type, Map.of());
    }

    public static <A extends Annotation> A of(Class<A> type, Map<String, ?> overrides) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            if (method.getParameterCount() == 0) {
                if (overrides.containsKey(name)) {
                    return overrides.get(name);
                }
                switch (name) {
                    case "annotationType": return type;
                    case "hashCode": return overrides.hashCode();
                    case "toString": return type.getSimpleName() + overrides;
                    default: return defaultOf(method);
                }
            }
            if (name.equals("equals")) {
                return self == args[0];
            }
            throw new UnsupportedOperationException(name);
        });
        return type.cast(proxy);
    }

    private static Object defaultOf(Method method) {
        Object value = method.getDefaultValue();
        if (value == null) {
            throw new IllegalStateException(method + " has no default");
        }
        return value;
    }
}
