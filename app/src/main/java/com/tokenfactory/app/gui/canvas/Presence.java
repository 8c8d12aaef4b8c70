package com.tokenfactory.app.gui.canvas;

/** Whether an element exists yet at the timeline's month, and in what state. */
public enum Presence {
    /** Not started yet: drawn as an outline. */
    PLANNED("planned"),
    /** A hall under construction, a site whose halls are being built. */
    BUILDING("under construction"),
    /** Built or installed but dark: the hall or the grid is not powered yet. */
    WAITING_FOR_POWER("waiting for power"),
    /** Energized, in service or under contract. */
    ACTIVE("active"),
    /** GPUs past their economic life. */
    RETIRED("retired"),
    /** A partner contract whose term is over. */
    ENDED("ended");

    private final String label;

    Presence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The CSS style class of an element in this state. */
    public String styleClass() {
        return "presence-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
