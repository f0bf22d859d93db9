import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from './config';
// The connector's own serialisation mappers (not re-exported by the package).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ConnectorMappers = require('botframework-connector/lib/connectorApi/models/mappers') as { Entity: { type: { additionalProperties?: unknown } } };

/**
 * The Bot Framework edge: a TeamsAdapter that splits authentication from running the turn, so the
 * HTTP layer can answer 401 for every token failure (botbuilder answers some with 500).
 */
export class HaliAdapter extends TeamsAdapter {
  /** Validates the Authorization header for an activity; rejects when the token is not acceptable. */
  authenticate(activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
  }

  /** Runs the turn for an already-authenticated activity; resolves with the invoke response, if any. */
  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity as Activity, logic);
  }
}

/**
 * Bot Framework authentication options from HALI's settings. Overriding the OpenID metadata or
 * issuer switches botbuilder to "parameterized" mode, where every value is taken as given, so the
 * rest are filled with the public cloud's values rather than left undefined (which rejects every token).
 */
export function botAuthOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const { bot } = config;
  const options: Record<string, string | undefined> = {
    MicrosoftAppId: bot.id,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId,
  };
  if (bot.openIdMetadataUrl || bot.tokenIssuer) {
    Object.assign(options, {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: bot.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  }
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  return options as ConfigurationBotFrameworkAuthenticationOptions;
}

export function createAdapter(config: Config): HaliAdapter {
  keepEntityProperties();
  return new HaliAdapter(botAuthOptions(config));
}

/**
 * botframework-connector 4.23 serialises each outgoing entity through a mapper that knows only
 * `type`, `text` and `mentioned`, so Teams would never see the AI-generated label, the citations or
 * the streaming info HALI puts on a message. Letting the Entity mapper pass its other properties
 * through sends entities as written (checked over HTTP in test/http/streaming.test.ts).
 */
export function keepEntityProperties(): void {
  ConnectorMappers.Entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
