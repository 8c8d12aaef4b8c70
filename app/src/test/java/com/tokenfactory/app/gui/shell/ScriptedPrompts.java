package com.tokenfactory.app.gui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions as a test says, and records what was asked. */
final class ScriptedPrompts implements Prompts {
    Choice unsavedAnswer = Choice.CANCEL;
    boolean recoverAnswer = true;
    Path fileToOpen;
    Path fileToSave;
    Path fileToExport;
    Path templateToImport;
    final List<String> asked = new ArrayList<>();

    @Override
    public Choice unsavedChanges(String planName) {
        asked.add("unsaved:" + planName);
        return unsavedAnswer;
    }

    @Override
    public boolean recover(String planName, Instant savedAt, Path origin) {
        asked.add("recover:" + planName);
        return recoverAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        asked.add("open");
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseTemplateToImport(Path folder) {
        asked.add("import");
        return Optional.ofNullable(templateToImport);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        asked.add("save:" + suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension) {
        asked.add("export:" + suggestedName);
        return Optional.ofNullable(fileToExport);
    }
}
