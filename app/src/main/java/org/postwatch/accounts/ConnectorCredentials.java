package org.postwatch.accounts;

import java.util.Map;

/** Decrypted credentials for a channel connector. Never log, show or store them; {@code toString} hides the values. */
public record ConnectorCredentials(AccountId account, Channel channel, Map<String, String> values) {

    public ConnectorCredentials {
        values = Map.copyOf(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        return "ConnectorCredentials[account=" + account + ", channel=" + channel + ", fields=" + values.keySet()
                + " (values hidden)]";
    }
}
