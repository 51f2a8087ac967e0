package io.concord.annotator.remote;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Typed configurations for tests, as DS would make them from a .cfg file (values are strings there). */
final class Configs {
    private Configs() {}

    static RemoteAnnotatorProvider.Config of(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return (RemoteAnnotatorProvider.Config) Proxy.newProxyInstance(Configs.class.getClassLoader(),
                new Class<?>[]{RemoteAnnotatorProvider.Config.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    Object dflt = method.getDefaultValue();
                    String v = values.get(name);
                    if (name.equals("annotationType")) {
                        return RemoteAnnotatorProvider.Config.class;
                    }
                    if (v == null) {
                        return dflt;
                    }
                    Class<?> t = method.getReturnType();
                    if (t == String[].class) {
                        return new String[]{v};
                    }
                    if (t == int.class) {
                        return Integer.parseInt(v);
                    }
                    if (t == boolean.class) {
                        return Boolean.parseBoolean(v);
                    }
                    if (t == long.class) {
                        return Long.parseLong(v);
                    }
                    return v;
                });
    }
}
