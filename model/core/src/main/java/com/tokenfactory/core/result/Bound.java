package com.tokenfactory.core.result;

/** What limits a decode step in the roofline. */
public enum Bound {
    COMPUTE, MEMORY
}
