package kitchen;

import java.util.List;

/**
 * How to make one dish: its steps, to be done in this order, and the dishes that must be ready before
 * the first step starts (the gravy needs the turkey's drippings).
 *
 * @param needs names of other dishes of the same dinner
 */
public record Recipe(String dish, List<Step> steps, List<String> needs) {

    public Recipe {
        steps = List.copyOf(steps);
        needs = List.copyOf(needs);
    }
}
