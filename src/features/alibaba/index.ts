/** What other folders may use from the Alibaba pages: the role picker for app forms. */
export { UserRolePicker, type UserRolePickerProps } from './users/UserRolePicker';
export { USER_ROLES, userRoleProblems, type UserRole } from './users/roles';
