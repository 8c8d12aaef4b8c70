package com.tokenfactory.app.gui.shell;

import com.tokenfactory.io.PlanFile;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The app's questions as dialogs and file choosers. */
public final class DialogPrompts implements Prompts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final Window owner;

    public DialogPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public Choice unsavedChanges(String planName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to “" + planName
                + "” will be lost if you don't save them.", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to “" + planName + "”?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
    }

    @Override
    public boolean recover(String planName, Instant savedAt, Path origin) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Unsaved changes to “" + planName + "”" + (origin != null ? " (" + origin.getFileName() + ")" : "")
                        + " were kept at " + WHEN.format(savedAt.atZone(ZoneId.systemDefault()))
                        + ". Recover them? Discarding deletes them.", recover, discard);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Token Factory Planner did not close normally last time");
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open plan", folder);
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTemplateToImport(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import from spreadsheet");
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("A CSV file of a template folder (*.csv)", "*.csv"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save plan as", folder);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().endsWith(PlanFile.EXTENSION) ? p
                : p.resolveSibling(p.getFileName() + PlanFile.EXTENSION));
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().endsWith(extension) ? p
                : p.resolveSibling(p.getFileName() + extension));
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Token Factory plans", "*" + PlanFile.EXTENSION));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
