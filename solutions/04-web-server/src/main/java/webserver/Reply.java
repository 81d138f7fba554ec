package webserver;

/**
 * What the server says to one line: the text to send back, and whether the conversation ends
 * after it.
 */
record Reply(String text, boolean lastWord) {

    static Reply say(String text) {
        return new Reply(text, false);
    }

    static Reply error(String reason) {
        return new Reply("ERROR " + reason, false);
    }

    static Reply goodbye() {
        return new Reply("BYE", true);
    }
}
