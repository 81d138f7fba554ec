package dev.overlap.workload.kitchen;

import java.util.List;

/**
 * A dish: its steps, one after another, and the dishes that must be ready before its first step
 * (the gravy needs the turkey's drippings).
 */
public record Dish(String name, List<DishStep> steps, List<String> needs) {

    public Dish {
        steps = List.copyOf(steps);
        needs = List.copyOf(needs);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a dish needs at least one step: " + name);
        }
    }

    public DishStep last() {
        return steps.getLast();
    }
}
