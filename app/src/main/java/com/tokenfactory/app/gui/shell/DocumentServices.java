package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.files.Autosaver;
import com.tokenfactory.app.gui.files.DocumentFiles;
import com.tokenfactory.app.gui.files.RecentFiles;
import com.tokenfactory.app.gui.files.Recovery;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.io.AutosaveStore;
import com.tokenfactory.io.PlanFile;

import java.util.concurrent.Executor;

/**
 * The main window's document services: recent files, open and save on the files worker, the file actions of the
 * menus and toolbar, autosave, and the recovery offer after a crash.
 */
final class DocumentServices implements AutoCloseable {
    private final RecentFiles recent;
    private final FileActions fileActions;
    private final Autosaver autosaver;
    private final RecoveryOffer recoveryOffer;

    DocumentServices(MainViewModel vm, AppContext context, Prompts prompts, MessageBar messages, Workers workers,
                     Executor fxThread) {
        recent = new RecentFiles(context.preferences());
        DocumentFiles files = new DocumentFiles(vm.document(), new PlanFile(), recent,
                workers.pool(Workers.Purpose.FILES), fxThread, messages::error);
        fileActions = new FileActions(vm, files, prompts);
        AutosaveStore store = new AutosaveStore(context.recoveryFolder());
        autosaver = new Autosaver(vm.document(), store, context.preferences(), context.autosaveDelay(), workers);
        recoveryOffer = new RecoveryOffer(new Recovery(store, context.preferences()), vm.document(), prompts, messages,
                workers.pool(Workers.Purpose.FILES), fxThread);
    }

    RecentFiles recent() {
        return recent;
    }

    FileActions fileActions() {
        return fileActions;
    }

    /** Offers an autosave a crashed session left; call once the window shows. */
    void offerRecovery() {
        recoveryOffer.offer();
    }

    @Override
    public void close() {
        autosaver.close();
    }
}
