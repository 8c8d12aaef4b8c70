package com.tokenfactory.core.plan;

/** Where an element sits on the build-out canvas, in canvas units. */
public record Box(double x, double y, double width, double height) {
    public Box {
        Check.between(x, -1e9, 1e9, "x");
        Check.between(y, -1e9, 1e9, "y");
        Check.between(width, 1e-6, 1e9, "width");
        Check.between(height, 1e-6, 1e9, "height");
    }
}
