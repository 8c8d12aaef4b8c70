package com.tokenfactory.app.gui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The questions the app asks the user; a dialog implementation for the app, scripted answers for tests. */
public interface Prompts {
    /** What to do with unsaved changes before they would be lost. */
    enum Choice { SAVE, DISCARD, CANCEL }

    Choice unsavedChanges(String planName);

    /** Whether to recover a plan autosaved before the app stopped unexpectedly. */
    boolean recover(String planName, Instant savedAt, Path origin);

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /**
     * A spreadsheet template to import: an .xlsx workbook or a CSV file of a template folder. The app asks with a file
     * dialog; scripted prompts answer nothing unless a test sets an answer.
     */
    default Optional<Path> chooseTemplateToImport(Path folder) {
        return Optional.empty();
    }

    /** A file to export to; {@code extension} is e.g. ".xlsx", {@code kind} e.g. "Excel workbook". */
    Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension);
}
