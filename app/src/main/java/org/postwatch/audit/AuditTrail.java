package org.postwatch.audit;

import java.util.Map;
import org.postwatch.audit.domain.AuditChain;
import org.postwatch.audit.domain.NewEntry;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RequestOrigin;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every state change and every view of sensitive records. Call it inside the transaction that makes the
 * change: the entry commits or rolls back with it.
 */
@Service
public class AuditTrail {

    private final AuditChain chain;

    AuditTrail(AuditChain chain) {
        this.chain = chain;
    }

    /** Records an action by the signed-in user in their force. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String reason) {
        record(action, recordType, recordId, reason, Map.of());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action, String recordType, Object recordId, String reason, Map<String, String> details) {
        PostwatchUser user = CurrentUser.find().orElse(null);
        ForceId force = user != null ? user.forceId() : Tenancy.requireForce();
        Actor actor = user != null ? Actor.of(user) : Actor.system();
        recordFor(force, actor, action, recordType, recordId, reason, details);
    }

    /** Records an action in a named force by a named actor: sign-in events, scheduled work, demo seeding. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(
            ForceId force,
            Actor actor,
            AuditAction action,
            String recordType,
            Object recordId,
            String reason,
            Map<String, String> details) {
        chain.append(new NewEntry(
                force,
                actor.staffId(),
                actor.name(),
                action.code(),
                recordType,
                String.valueOf(recordId),
                reason,
                RequestOrigin.clientAddress().orElse(null),
                details));
    }
}
