package org.sahifa.settings;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable set of named string values ({@code "ui.language" -> "ar"}); {@link #with} gives a changed copy.
 * Typed getters fall back to the default when a value is missing or not of the type.
 */
public final class Settings {
    public static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Settings of(Map<String, String> values) {
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, "value of " + k);
        });
        return new Settings(values);
    }

    public Settings with(String key, String value) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Settings(changed);
    }

    public Settings with(String key, boolean value) {
        return with(key, String.valueOf(value));
    }

    public Settings with(String key, double value) {
        return with(key, String.valueOf(value));
    }

    public Settings without(String key) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.remove(key);
        return new Settings(changed);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        return "true".equals(v) ? true : "false".equals(v) ? false : fallback;
    }

    public int getInt(String key, int fallback) {
        try {
            return values.containsKey(key) ? Integer.parseInt(values.get(key).trim()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public double getDouble(String key, double fallback) {
        try {
            double d =
                    values.containsKey(key) ? Double.parseDouble(values.get(key).trim()) : fallback;
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values;
    }
}
