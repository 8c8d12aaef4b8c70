package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileAssociationTest {
    @Test
    void describesTokenplanFilesForJpackage() throws IOException {
        Properties p = new Properties();
        Path icon = Path.of("icons", "tokenplan-document.png").toAbsolutePath();
        p.load(new StringReader(FileAssociation.properties(icon.toString())));
        assertEquals("tokenplan", p.getProperty("extension"));
        assertEquals("application/x-tokenplan", p.getProperty("mime-type"));
        assertEquals("Token Factory Planner plan", p.getProperty("description"));
        assertEquals(icon.toString(), p.getProperty("icon"));
    }

    @Test
    void windowsPathsKeepTheirBackslashes() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(FileAssociation.properties("C:\\build\\icons\\tokenplan-document.ico")));
        assertEquals("C:\\build\\icons\\tokenplan-document.ico", p.getProperty("icon"));
    }
}
