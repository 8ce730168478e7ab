package ilium.identity;

import java.time.Clock;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ilium.audit.AuditAction;
import ilium.audit.AuditResource;
import ilium.audit.AuditTrail;
import ilium.shared.ClinicException;
import ilium.shared.CurrentStaff;
import ilium.shared.DatabaseConstraint;
import ilium.shared.PageQuery;
import ilium.shared.PageView;
import ilium.shared.Role;
import ilium.shared.SharedProblems;
import ilium.therapists.TherapistRoster;

/**
 * The clinic's staff accounts: opened, listed and changed by an admin.
 */
@Service
public class StaffDirectory {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final TherapistRoster therapists;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final SignInThrottle throttle;

	StaffDirectory(StaffAccountRepository accounts, PasswordEncoder passwords, TherapistRoster therapists,
			AuditTrail auditTrail, Clock clock, SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.therapists = therapists;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional
	public UserView open(CreateUser command) {
		String username = Username.of(command.username());
		PasswordPolicy.require(command.password(), username);
		if (command.role() == Role.THERAPIST && command.therapistId() == null) {
			throw ClinicException.badRequest("therapistId", "is required for a THERAPIST account");
		}
		if (command.role() != Role.THERAPIST && command.therapistId() != null) {
			throw ClinicException.badRequest("therapistId", "is only for THERAPIST accounts");
		}
		if (command.therapistId() != null && !therapists.exists(command.therapistId())) {
			throw ClinicException.ruleViolated(SharedProblems.UNKNOWN_THERAPIST, "No therapist has this id.");
		}
		StaffAccount account = new StaffAccount(UUID.randomUUID(), username, passwords.encode(command.password()),
				command.role(), command.therapistId(), true, 0, 0);
		try {
			accounts.insert(account, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			if (DatabaseConstraint.is(ex, "staff_account_username_unique")) {
				throw ClinicException.conflict(IdentityProblems.DUPLICATE_USERNAME, "This username is taken.");
			}
			throw translated(ex);
		}
		auditTrail.allowed(AuditAction.CREATE, AuditResource.STAFF_ACCOUNT, account.id(), null);
		return account.view();
	}

	@Transactional(readOnly = true)
	public PageView<UserView> list(PageQuery page) {
		return PageView.of(accounts.page(page).stream().map(StaffAccount::view).toList(), page, accounts.count());
	}

	@Transactional(readOnly = true)
	public UserView me() {
		return find(CurrentStaff.require().userId());
	}

	@Transactional(readOnly = true)
	public UserView find(UUID id) {
		return accounts.findById(id).map(StaffAccount::view).orElseThrow(() -> ClinicException.notFound("user"));
	}

	/**
	 * Applies an admin's change: activation, role, a new password, or an unlock. A new
	 * password, a deactivation or a new role ends every token issued before (API.md).
	 */
	@Transactional
	public UserView change(UUID id, ChangeUser change) {
		String newHash = null;
		if (change.password() != null) {
			StaffAccount current = accounts.findById(id).orElseThrow(() -> ClinicException.notFound("user"));
			PasswordPolicy.require(change.password(), current.username());
			newHash = passwords.encode(change.password());
		}
		// Locked, and read after the slow hashing: two admins' changes queue up, and one
		// never writes back a copy read before the other's (a deactivation undone).
		StaffAccount account = accounts.lock(id).orElseThrow(() -> ClinicException.notFound("user"));
		Role role = change.role() == null ? account.role() : change.role();
		if (role == Role.THERAPIST && account.therapistId() == null) {
			throw ClinicException.ruleViolated(IdentityProblems.THERAPIST_ACCOUNT_NEEDS_THERAPIST,
					"A THERAPIST account must belong to a therapist; open a new account for them.");
		}
		boolean active = change.active() == null ? account.active() : change.active();
		boolean endsTokens = newHash != null || role != account.role() || active != account.active();
		StaffAccount changed = new StaffAccount(account.id(), account.username(),
				newHash == null ? account.passwordHash() : newHash, role, account.therapistId(), active,
				account.tokenGeneration() + (endsTokens ? 1 : 0), account.version());
		try {
			accounts.update(changed);
		}
		catch (DuplicateKeyException ex) {
			throw translated(ex);
		}
		if (Boolean.TRUE.equals(change.unlock())) {
			throttle.forget(Username.fold(account.username()));
		}
		auditTrail.allowed(AuditAction.UPDATE, AuditResource.STAFF_ACCOUNT, id, null);
		return changed.view();
	}

	private static RuntimeException translated(DuplicateKeyException ex) {
		if (DatabaseConstraint.is(ex, "staff_account_one_active_per_therapist")) {
			return ClinicException.conflict(IdentityProblems.THERAPIST_HAS_ACCOUNT,
					"This therapist already has an active THERAPIST account.");
		}
		return ex;
	}

}
