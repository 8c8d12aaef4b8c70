package com.tokenfactory.app.gui.present;

import com.tokenfactory.core.result.SimulationResult;

import java.util.List;

/**
 * The slides of one presentation and the engine result they were built from.
 *
 * @param planName     the plan's name
 * @param scenarioName the scenario presented, or null for the base plan
 */
public record Deck(String planName, String scenarioName, SimulationResult result, List<Slide> slides) {
    public Deck {
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck has at least its title slide");
        }
    }

    public int size() {
        return slides.size();
    }

    public Slide slide(int index) {
        return slides.get(index);
    }
}
