package dev.overlap.workload.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.measure.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The kitchen fixture knows its theory and catches every broken rule")
class KitchenTest {

    private static final Menu THANKSGIVING = Menus.thanksgiving();
    private static final Menu FAMILY = Menus.familyThanksgiving();

    @Test
    @DisplayName("the story menus have the bounds their READMEs promise")
    void storyMenusHaveTheirBounds() {
        assertThat(THANKSGIVING.sequentialTime()).isEqualTo(Duration.ofMillis(258));
        assertThat(THANKSGIVING.criticalPath()).isEqualTo(Duration.ofMillis(114));
        assertThat(THANKSGIVING.attention()).isEqualTo(Duration.ofMillis(70));
        assertThat(THANKSGIVING.lowerBound(1).time()).isEqualTo(Duration.ofMillis(114));
        assertThat(FAMILY.sequentialTime()).isEqualTo(Duration.ofMillis(299));
        assertThat(FAMILY.criticalPath()).isEqualTo(Duration.ofMillis(90));
        assertThat(FAMILY.attention()).isEqualTo(Duration.ofMillis(140));
        assertThat(FAMILY.lowerBound(2).time()).isEqualTo(Duration.ofMillis(90));
        assertThat(FAMILY.lowerBound(2).withOneWorkerFewer()).contains(Duration.ofMillis(140));
    }

    @Test
    @DisplayName("random menus always list a dish after the dishes it needs")
    void randomMenusAreWellFormed() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Menu menu = Menus.random(random);
            assertThat(menu.dishes()).hasSizeBetween(3, 6);
            assertThat(menu.lowerBound(2).time()).isLessThanOrEqualTo(menu.sequentialTime());
        }
    }

    @Test
    @DisplayName("a cook asked to attend to a second step while busy is reported")
    void doubleBookedCookIsReported() throws Exception {
        Kitchen kitchen = new Kitchen(new Recorder(), THANKSGIVING, List.of("Ann"));
        DishStep peel = step(kitchen, "mashed potatoes: peel");
        DishStep rinse = step(kitchen, "cranberry sauce: rinse the berries");

        Thread other = Thread.ofVirtual().start(() -> attend(kitchen, rinse));
        kitchen.attend(0, peel);
        other.join();

        assertThat(kitchen.complaints()).singleElement().asString().contains("one pair of hands");
        assertThat(kitchen.peakCooksAtWork()).isEqualTo(1);
    }

    @Test
    @DisplayName("a step before the one it follows, or a dish before what it needs, is reported")
    void outOfOrderStepsAreReported() throws Exception {
        Kitchen kitchen = new Kitchen(new Recorder(), THANKSGIVING, List.of("Ann"));

        kitchen.waitOut(step(kitchen, "turkey: roast"));
        kitchen.attend(0, step(kitchen, "gravy: whisk the drippings"));

        assertThat(kitchen.complaints()).hasSize(2)
                .anySatisfy(complaint -> assertThat(complaint).contains("started before \"turkey: season\""))
                .anySatisfy(complaint -> assertThat(complaint).contains("before the turkey it needs"));
    }

    @Test
    @DisplayName("asking a cook to attend to a waiting step is refused and reported")
    void waitingStepsNeedNoCook() {
        Kitchen kitchen = new Kitchen(new Recorder(), THANKSGIVING, List.of("Ann"));

        assertThatThrownBy(() -> kitchen.attend(0, step(kitchen, "turkey: roast")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kitchen.complaints()).singleElement().asString().contains("needs no cook");
    }

    @Test
    @DisplayName("returning before every dish is ready is reported")
    void unfinishedDinnerIsReported() {
        Kitchen kitchen = new Kitchen(new Recorder(), THANKSGIVING, List.of("Ann"));

        kitchen.serve();

        assertThat(kitchen.problems()).singleElement().asString().contains("returned before 17 step(s) were done");
    }

    @Test
    @DisplayName("the kit's references keep every rule, and the concurrent one keeps both cooks busy")
    void referencesKeepTheRules() throws Exception {
        Kitchen sequential = KitchenReferences.oneDishAfterAnother(new Kitchen(new Recorder(), FAMILY,
                List.of("Ann", "Bo")));
        Kitchen concurrent = KitchenReferences.everyDishAtOnce(new Kitchen(new Recorder(), FAMILY,
                List.of("Ann", "Bo")));

        sequential.serve();
        concurrent.serve();
        assertThat(sequential.problems()).isEmpty();
        assertThat(concurrent.problems()).isEmpty();
        assertThat(sequential.peakCooksAtWork()).isEqualTo(1);
        assertThat(concurrent.peakCooksAtWork()).isEqualTo(2);
        assertThat(concurrent.attendedWhileWaiting()).isPositive();
    }

    private static DishStep step(Kitchen kitchen, String label) {
        return kitchen.step(label).orElseThrow();
    }

    private static void attend(Kitchen kitchen, DishStep step) {
        try {
            kitchen.attend(0, step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
