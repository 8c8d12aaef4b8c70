package com.tokenfactory.app.gui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material icons (Ikonli) in the sizes the app uses. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
