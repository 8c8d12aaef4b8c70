package com.tokenfactory.app.gui.calibration;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a measurement file to open or to save to; the view takes another in tests. */
interface MeasurementFileChooser {

    Optional<Path> chooseToOpen(Window owner);

    Optional<Path> chooseToSave(Window owner, String suggestedName);

    /** The platform's file dialogs, filtered to JSON files. */
    static MeasurementFileChooser dialogs() {
        return new MeasurementFileChooser() {
            @Override
            public Optional<Path> chooseToOpen(Window owner) {
                FileChooser c = chooser("Load a saved measurement");
                return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, String suggestedName) {
                FileChooser c = chooser("Save the measurement");
                c.setInitialFileName(suggestedName);
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Benchmark measurement (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                return c;
            }
        };
    }
}
