package kitchen;

/** A person in the kitchen, with one pair of hands. */
public interface Cook {

    String name();

    /**
     * Gives {@code step} this cook's full attention and returns when it is done. A cook can attend to one
     * step at a time: asking a busy cook to attend to another step breaks the kitchen's first rule.
     * Only for steps that need attention.
     */
    void attend(Step step) throws InterruptedException;
}
