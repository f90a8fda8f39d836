import { Component, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import type { OperatorClient } from '@operator-ai/admin-widget/client';
import type { OperatorTokenCreatedEvent } from '@operator-ai/admin-widget/token-manager';
import '@operator-ai/admin-widget/token-manager'; // registers <operator-token-manager>

@Component({
  selector: 'app-api-tokens',
  // <operator-*> are custom elements. With strictTemplates, `$event` is typed from the package's
  // HTMLElementEventMap.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <operator-token-manager
      [client]="client()"
      (operator-token-created)="onCreated($event)"
    ></operator-token-manager>
    <p role="status">{{ created() && 'Created ' + created() }}</p>
  `,
})
export class ApiTokens {
  readonly client = input.required<OperatorClient>();
  protected readonly created = signal('');

  protected onCreated(event: OperatorTokenCreatedEvent) {
    this.created.set(event.detail.token.name);
  }
}
