import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace promotions. */
        namespace promotions {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** Created value */
                Created = 1,

                /** Updated value */
                Updated = 2,

                /** Deleted value */
                Deleted = 3,

                /** ApprovalStatusChanged value */
                ApprovalStatusChanged = 4,

                /** ProductCreated value */
                ProductCreated = 5,

                /** ProductUpdated value */
                ProductUpdated = 6,

                /** ProductDeleted value */
                ProductDeleted = 7
            }

            /**
             * Properties of a Product.
             * @deprecated Use meshwork.events.promotions.Product.$Properties instead.
             */
            interface IProduct extends meshwork.events.promotions.Product.$Properties {
            }

            /** Represents a Product. */
            class Product {

                /**
                 * Constructs a new Product.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.promotions.Product.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Product id. */
                id: string;

                /** Product teamId. */
                teamId: string;

                /** Product name. */
                name: string;

                /** Product sku. */
                sku: string;

                /** Product priceCents. */
                priceCents: (number|Long);

                /** Product createdAt. */
                createdAt: (number|Long);

                /** Product updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Product instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Product instance
                 */
                static create(properties: meshwork.events.promotions.Product.$Shape): meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape;
                static create(properties?: meshwork.events.promotions.Product.$Properties): meshwork.events.promotions.Product;

                /**
                 * Encodes the specified Product message. Does not implicitly {@link meshwork.events.promotions.Product.verify|verify} messages.
                 * @param message Product message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.promotions.Product.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Product message, length delimited. Does not implicitly {@link meshwork.events.promotions.Product.verify|verify} messages.
                 * @param message Product message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.promotions.Product.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape;

                /**
                 * Decodes a Product message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape;

                /**
                 * Verifies a Product message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Product message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Product
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.promotions.Product;

                /**
                 * Creates a plain object from a Product message. Also converts values to other types if specified.
                 * @param message Product
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.promotions.Product, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Product to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Product
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Product {

                /** Properties of a Product. */
                interface $Properties {

                    /** Product id */
                    id?: (string|null);

                    /** Product teamId */
                    teamId?: (string|null);

                    /** Product name */
                    name?: (string|null);

                    /** Product sku */
                    sku?: (string|null);

                    /** Product priceCents */
                    priceCents?: (number|Long|null);

                    /** Product createdAt */
                    createdAt?: (number|Long|null);

                    /** Product updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Product. */
                type $Shape = meshwork.events.promotions.Product.$Properties;
            }

            /**
             * Properties of a DiscountLine.
             * @deprecated Use meshwork.events.promotions.DiscountLine.$Properties instead.
             */
            interface IDiscountLine extends meshwork.events.promotions.DiscountLine.$Properties {
            }

            /** Represents a DiscountLine. */
            class DiscountLine {

                /**
                 * Constructs a new DiscountLine.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.promotions.DiscountLine.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DiscountLine productId. */
                productId: string;

                /** DiscountLine percentOff. */
                percentOff: number;

                /** DiscountLine amountOffCents. */
                amountOffCents: (number|Long);

                /**
                 * Creates a new DiscountLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DiscountLine instance
                 */
                static create(properties: meshwork.events.promotions.DiscountLine.$Shape): meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape;
                static create(properties?: meshwork.events.promotions.DiscountLine.$Properties): meshwork.events.promotions.DiscountLine;

                /**
                 * Encodes the specified DiscountLine message. Does not implicitly {@link meshwork.events.promotions.DiscountLine.verify|verify} messages.
                 * @param message DiscountLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.promotions.DiscountLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DiscountLine message, length delimited. Does not implicitly {@link meshwork.events.promotions.DiscountLine.verify|verify} messages.
                 * @param message DiscountLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.promotions.DiscountLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DiscountLine message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape} DiscountLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape;

                /**
                 * Decodes a DiscountLine message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape} DiscountLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape;

                /**
                 * Verifies a DiscountLine message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DiscountLine message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DiscountLine
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.promotions.DiscountLine;

                /**
                 * Creates a plain object from a DiscountLine message. Also converts values to other types if specified.
                 * @param message DiscountLine
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.promotions.DiscountLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DiscountLine to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DiscountLine
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DiscountLine {

                /** Properties of a DiscountLine. */
                interface $Properties {

                    /** DiscountLine productId */
                    productId?: (string|null);

                    /** DiscountLine percentOff */
                    percentOff?: (number|null);

                    /** DiscountLine amountOffCents */
                    amountOffCents?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DiscountLine. */
                type $Shape = meshwork.events.promotions.DiscountLine.$Properties;
            }

            /**
             * Properties of a Promotion.
             * @deprecated Use meshwork.events.promotions.Promotion.$Properties instead.
             */
            interface IPromotion extends meshwork.events.promotions.Promotion.$Properties {
            }

            /** Represents a Promotion. */
            class Promotion {

                /**
                 * Constructs a new Promotion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.promotions.Promotion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Promotion id. */
                id: string;

                /** Promotion teamId. */
                teamId: string;

                /** Promotion name. */
                name: string;

                /** Promotion validFrom. */
                validFrom: (number|Long);

                /** Promotion validThru. */
                validThru: (number|Long);

                /** Promotion approvalStatus. */
                approvalStatus: string;

                /** Promotion lines. */
                lines: meshwork.events.promotions.DiscountLine.$Properties[];

                /** Promotion createdAt. */
                createdAt: (number|Long);

                /** Promotion updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Promotion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Promotion instance
                 */
                static create(properties: meshwork.events.promotions.Promotion.$Shape): meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape;
                static create(properties?: meshwork.events.promotions.Promotion.$Properties): meshwork.events.promotions.Promotion;

                /**
                 * Encodes the specified Promotion message. Does not implicitly {@link meshwork.events.promotions.Promotion.verify|verify} messages.
                 * @param message Promotion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.promotions.Promotion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Promotion message, length delimited. Does not implicitly {@link meshwork.events.promotions.Promotion.verify|verify} messages.
                 * @param message Promotion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.promotions.Promotion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Promotion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape} Promotion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape;

                /**
                 * Decodes a Promotion message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape} Promotion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape;

                /**
                 * Verifies a Promotion message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Promotion message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Promotion
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.promotions.Promotion;

                /**
                 * Creates a plain object from a Promotion message. Also converts values to other types if specified.
                 * @param message Promotion
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.promotions.Promotion, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Promotion to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Promotion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Promotion {

                /** Properties of a Promotion. */
                interface $Properties {

                    /** Promotion id */
                    id?: (string|null);

                    /** Promotion teamId */
                    teamId?: (string|null);

                    /** Promotion name */
                    name?: (string|null);

                    /** Promotion validFrom */
                    validFrom?: (number|Long|null);

                    /** Promotion validThru */
                    validThru?: (number|Long|null);

                    /** Promotion approvalStatus */
                    approvalStatus?: (string|null);

                    /** Promotion lines */
                    lines?: (meshwork.events.promotions.DiscountLine.$Properties[]|null);

                    /** Promotion createdAt */
                    createdAt?: (number|Long|null);

                    /** Promotion updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Promotion. */
                type $Shape = meshwork.events.promotions.Promotion.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.promotions.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.promotions.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.promotions.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.promotions.EventType;

                /** Event promotion. */
                promotion?: (meshwork.events.promotions.Promotion.$Properties|null);

                /** Event product. */
                product?: (meshwork.events.promotions.Product.$Properties|null);

                /** Event changed. */
                changed: string[];

                /** Event previousApprovalStatus. */
                previousApprovalStatus: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.promotions.Event.$Shape): meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape;
                static create(properties?: meshwork.events.promotions.Event.$Properties): meshwork.events.promotions.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.promotions.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.promotions.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.promotions.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.promotions.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape;

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
                static fromObject(object: { [k: string]: any }): meshwork.events.promotions.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.promotions.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    type?: (meshwork.events.promotions.EventType|null);

                    /** Event promotion */
                    promotion?: (meshwork.events.promotions.Promotion.$Properties|null);

                    /** Event product */
                    product?: (meshwork.events.promotions.Product.$Properties|null);

                    /** Event changed */
                    changed?: (string[]|null);

                    /** Event previousApprovalStatus */
                    previousApprovalStatus?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.promotions.Event.$Properties;
            }
        }
    }
}
