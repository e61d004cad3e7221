/** Projects, their members and project roles, and who may do what in a project. */
package io.averted.project;
