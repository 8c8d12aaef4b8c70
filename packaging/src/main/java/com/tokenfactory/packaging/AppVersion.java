package com.tokenfactory.packaging;

import java.util.regex.Pattern;

/**
 * The version an installer carries: the Maven version without its qualifier ({@code 0.1.0-SNAPSHOT} gives
 * {@code 0.1.0}), since installers accept only numbers, and each platform restricts them further.
 */
public record AppVersion(String value) {
    private static final Pattern NUMERIC = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");

    public AppVersion {
        if (!NUMERIC.matcher(value).matches()) {
            throw new IllegalArgumentException("an installer version is one to four numbers separated by dots, not '"
                    + value + "'");
        }
    }

    public static AppVersion fromMaven(String mavenVersion) {
        int qualifier = mavenVersion.indexOf('-');
        return new AppVersion(qualifier < 0 ? mavenVersion : mavenVersion.substring(0, qualifier));
    }

    /** Refuses a version the platform's installer would refuse, with the reason, before a long build starts. */
    public AppVersion checkFor(Platform platform) {
        String[] parts = value.split("\\.");
        switch (platform) {
            case MAC -> {
                if (Long.parseLong(parts[0]) == 0) {
                    throw new IllegalArgumentException("macOS needs an app version whose first number is 1 or more"
                            + " (CFBundleVersion), not " + value + ": pass -Dinstaller.appVersion=<version>");
                }
                if (parts.length > 3) {
                    throw new IllegalArgumentException("macOS takes at most three numbers in an app version, not "
                            + value);
                }
            }
            case WINDOWS -> {
                long[] limits = {255, 255, 65535};
                for (int i = 0; i < parts.length; i++) {
                    if (i >= limits.length || Long.parseLong(parts[i]) > limits[i]) {
                        throw new IllegalArgumentException("an MSI version is major.minor.build with major and minor"
                                + " up to 255 and build up to 65535, not " + value);
                    }
                }
            }
            case LINUX -> {
                // .deb and .rpm take any numeric version
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return value;
    }
}
