export const SHELL_VERSION = "0.1.0";
