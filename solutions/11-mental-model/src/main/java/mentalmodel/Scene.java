package mentalmodel;

/** How the tasks of an everyday scene run. */
public enum Scene {
    UNANSWERED,
    /** One task is finished before the next one begins. */
    SEQUENTIAL,
    /** Several tasks are in progress at once, but at any instant only one of them is being worked on. */
    CONCURRENT,
    /** Several tasks are being worked on at the same instant. */
    PARALLEL
}
