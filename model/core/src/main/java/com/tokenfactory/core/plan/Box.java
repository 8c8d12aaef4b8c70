package com.tokenfactory.core.plan;

/** Where an element sits on the build-out canvas, in canvas units. */
public record Box(double x, double y, double width, double height) {
    public Box {
        Check.finite(x, "x");
        Check.finite(y, "y");
        Check.positive(width, "width");
        Check.positive(height, "height");
    }
}
