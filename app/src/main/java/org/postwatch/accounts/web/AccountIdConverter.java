package org.postwatch.accounts.web;

import org.postwatch.accounts.AccountId;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads account ids from paths; a malformed id is simply not found. */
@Component
class AccountIdConverter implements Converter<String, AccountId> {

    @Override
    public AccountId convert(String source) {
        try {
            return AccountId.of(source);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Account", source);
        }
    }
}
