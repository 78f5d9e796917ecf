import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace billing. */
        namespace billing {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** AccountCreated value */
                AccountCreated = 1,

                /** SubscriptionChanged value */
                SubscriptionChanged = 2,

                /** ChargeSucceeded value */
                ChargeSucceeded = 3,

                /** ChargeFailed value */
                ChargeFailed = 4,

                /** BalanceIncremented value */
                BalanceIncremented = 5,

                /** BalanceDecremented value */
                BalanceDecremented = 6,

                /** BalanceZero value */
                BalanceZero = 7
            }

            /**
             * Properties of an Account.
             * @deprecated Use meshwork.events.billing.Account.$Properties instead.
             */
            interface IAccount extends meshwork.events.billing.Account.$Properties {
            }

            /** Represents an Account. */
            class Account {

                /**
                 * Constructs a new Account.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.billing.Account.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Account id. */
                id: string;

                /** Account teamId. */
                teamId: string;

                /** Account tier. */
                tier: string;

                /** Account balanceCents. */
                balanceCents: (number|Long);

                /** Account currency. */
                currency: string;

                /** Account createdAt. */
                createdAt: (number|Long);

                /** Account updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Account instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Account instance
                 */
                static create(properties: meshwork.events.billing.Account.$Shape): meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape;
                static create(properties?: meshwork.events.billing.Account.$Properties): meshwork.events.billing.Account;

                /**
                 * Encodes the specified Account message. Does not implicitly {@link meshwork.events.billing.Account.verify|verify} messages.
                 * @param message Account message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.billing.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Account message, length delimited. Does not implicitly {@link meshwork.events.billing.Account.verify|verify} messages.
                 * @param message Account message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.billing.Account.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Account message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape;

                /**
                 * Decodes an Account message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape} Account
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.billing.Account & meshwork.events.billing.Account.$Shape;

                /**
                 * Verifies an Account message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Account message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Account
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.billing.Account;

                /**
                 * Creates a plain object from an Account message. Also converts values to other types if specified.
                 * @param message Account
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.billing.Account, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Account to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Account
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Account {

                /** Properties of an Account. */
                interface $Properties {

                    /** Account id */
                    id?: (string|null);

                    /** Account teamId */
                    teamId?: (string|null);

                    /** Account tier */
                    tier?: (string|null);

                    /** Account balanceCents */
                    balanceCents?: (number|Long|null);

                    /** Account currency */
                    currency?: (string|null);

                    /** Account createdAt */
                    createdAt?: (number|Long|null);

                    /** Account updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Account. */
                type $Shape = meshwork.events.billing.Account.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.billing.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.billing.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.billing.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.billing.EventType;

                /** Event account. */
                account?: (meshwork.events.billing.Account.$Properties|null);

                /** Event previousTier. */
                previousTier: string;

                /** Event amountCents. */
                amountCents: (number|Long);

                /** Event chargeId. */
                chargeId: string;

                /** Event failureReason. */
                failureReason: string;

                /** Event idempotencyKey. */
                idempotencyKey: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.billing.Event.$Shape): meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape;
                static create(properties?: meshwork.events.billing.Event.$Properties): meshwork.events.billing.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.billing.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.billing.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.billing.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.billing.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.billing.Event & meshwork.events.billing.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.billing.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.billing.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Event
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type */
                    type?: (meshwork.events.billing.EventType|null);

                    /** Event account */
                    account?: (meshwork.events.billing.Account.$Properties|null);

                    /** Event previousTier */
                    previousTier?: (string|null);

                    /** Event amountCents */
                    amountCents?: (number|Long|null);

                    /** Event chargeId */
                    chargeId?: (string|null);

                    /** Event failureReason */
                    failureReason?: (string|null);

                    /** Event idempotencyKey */
                    idempotencyKey?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.billing.Event.$Properties;
            }
        }
    }
}
