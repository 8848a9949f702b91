// What the server needs to know of its client, read once from `initialize`: each trait changes
// what the server sends (code action literals or bare commands, settings pulled or pushed, a
// new file or an in-place edit for a conversion).
import type { InitializeParams } from 'vscode-languageserver/node';
import type { InitializationOptions } from './protocol.js';

export interface ClientTraits {
  /** Takes CodeAction literals (else code actions are bare Commands). */
  codeActionLiterals: boolean;
  /** Answers workspace/configuration (else settings come with didChangeConfiguration). */
  configurationPull: boolean;
  /** Lets the server register for didChangeConfiguration. */
  configurationRegistration: boolean;
  /** Applies workspace edits the server asks for (workspace/applyEdit). */
  applyEdit: boolean;
  /** Creates files in a workspace edit. */
  createFiles: boolean;
  /** Commands the client carries out itself (initializationOptions.clientCommands). */
  clientCommands: ReadonlySet<string>;
}

export function clientTraits(params: InitializeParams): ClientTraits {
  const { capabilities } = params ?? {};
  const options = (params?.initializationOptions ?? {}) as InitializationOptions;
  const commands = Array.isArray(options.clientCommands) ? options.clientCommands : [];
  const resourceOperations = capabilities?.workspace?.workspaceEdit?.resourceOperations;
  return {
    codeActionLiterals: capabilities?.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    configurationPull: capabilities?.workspace?.configuration === true,
    configurationRegistration: capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    applyEdit: capabilities?.workspace?.applyEdit === true,
    createFiles: Array.isArray(resourceOperations) && resourceOperations.includes('create'),
    clientCommands: new Set(commands.filter((command): command is string => typeof command === 'string')),
  };
}
