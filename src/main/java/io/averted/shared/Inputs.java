package io.averted.shared;

/** What the text of an input means once it is read. */
public final class Inputs {

    private Inputs() {
    }

    /** The text without its surrounding white space, or null when nothing is left: a blank optional text clears the field. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
