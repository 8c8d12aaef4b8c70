package com.tokenfactory.packaging;

/** The .tokenplan file association: jpackage's {@code --file-associations} properties. */
public final class FileAssociation {
    public static final String EXTENSION = "tokenplan";
    public static final String MIME_TYPE = "application/x-tokenplan";
    public static final String DESCRIPTION = "Token Factory Planner plan";

    private FileAssociation() {
    }

    /** The properties file's text; {@code icon} is the absolute path of the document icon in the platform's format. */
    public static String properties(String icon) {
        // Properties files escape backslashes: Windows paths would otherwise lose theirs
        return "# The .tokenplan file association (written by the installer build)\n"
                + "extension=" + EXTENSION + "\n"
                + "mime-type=" + MIME_TYPE + "\n"
                + "description=" + DESCRIPTION + "\n"
                + "icon=" + icon.replace("\\", "\\\\") + "\n";
    }
}
