package org.postwatch.platform;

/** A record that does not exist, or that belongs to another force: both answer 404, so neither leaks. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
