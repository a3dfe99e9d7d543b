import { graphql } from './graphql';

export const MeQuery = graphql(`
	query Me {
		me {
			id
			email
			displayName
			roles {
				role
				roleLabel
				territory {
					slug
					name
				}
				partner {
					slug
					name
				}
			}
		}
	}
`);

export const SignInMutation = graphql(`
	mutation SignIn($email: String!, $password: String!) {
		signIn(email: $email, password: $password) {
			id
		}
	}
`);

export const SignOutMutation = graphql(`
	mutation SignOut {
		signOut
	}
`);

export const RequestPasswordResetMutation = graphql(`
	mutation RequestPasswordReset($email: String!) {
		requestPasswordReset(email: $email)
	}
`);

export const ResetPasswordMutation = graphql(`
	mutation ResetPassword($token: String!, $password: String!) {
		resetPassword(token: $token, password: $password)
	}
`);

export const InviteMemberMutation = graphql(`
	mutation InviteMember($input: InvitationInput!) {
		inviteMember(input: $input) {
			email
			role
		}
	}
`);

export const AcceptInvitationMutation = graphql(`
	mutation AcceptInvitation($input: AcceptInvitationInput!) {
		acceptInvitation(input: $input) {
			id
		}
	}
`);
