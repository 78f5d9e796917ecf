/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["promotions"] || ($protobuf.roots["promotions"] = {});

export const meshwork = $root.meshwork = (() => {

    /**
     * Namespace meshwork.
     * @exports meshwork
     * @namespace
     */
    const meshwork = {};

    meshwork.events = (function() {

        /**
         * Namespace events.
         * @memberof meshwork
         * @namespace
         */
        const events = {};

        events.promotions = (function() {

            /**
             * Namespace promotions.
             * @memberof meshwork.events
             * @namespace
             */
            const promotions = {};

            /**
             * EventType enum.
             * @name meshwork.events.promotions.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} Created=1 Created value
             * @property {number} Updated=2 Updated value
             * @property {number} Deleted=3 Deleted value
             * @property {number} ApprovalStatusChanged=4 ApprovalStatusChanged value
             * @property {number} ProductCreated=5 ProductCreated value
             * @property {number} ProductUpdated=6 ProductUpdated value
             * @property {number} ProductDeleted=7 ProductDeleted value
             */
            promotions.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "Created"] = 1;
                values[valuesById[2] = "Updated"] = 2;
                values[valuesById[3] = "Deleted"] = 3;
                values[valuesById[4] = "ApprovalStatusChanged"] = 4;
                values[valuesById[5] = "ProductCreated"] = 5;
                values[valuesById[6] = "ProductUpdated"] = 6;
                values[valuesById[7] = "ProductDeleted"] = 7;
                return values;
            })();

            promotions.Product = (function() {

                /**
                 * Properties of a Product.
                 * @typedef {Object} meshwork.events.promotions.Product.$Properties
                 * @property {string|null} [id] Product id
                 * @property {string|null} [teamId] Product teamId
                 * @property {string|null} [name] Product name
                 * @property {string|null} [sku] Product sku
                 * @property {number|Long|null} [priceCents] Product priceCents
                 * @property {number|Long|null} [createdAt] Product createdAt
                 * @property {number|Long|null} [updatedAt] Product updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Product.
                 * @memberof meshwork.events.promotions
                 * @interface IProduct
                 * @augments meshwork.events.promotions.Product.$Properties
                 * @deprecated Use meshwork.events.promotions.Product.$Properties instead.
                 */

                /**
                 * Shape of a Product.
                 * @typedef {meshwork.events.promotions.Product.$Properties} meshwork.events.promotions.Product.$Shape
                 */

                /**
                 * Constructs a new Product.
                 * @memberof meshwork.events.promotions
                 * @classdesc Represents a Product.
                 * @constructor
                 * @param {meshwork.events.promotions.Product.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Product = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Product id.
                 * @member {string} id
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.id = "";

                /**
                 * Product teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.teamId = "";

                /**
                 * Product name.
                 * @member {string} name
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.name = "";

                /**
                 * Product sku.
                 * @member {string} sku
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.sku = "";

                /**
                 * Product priceCents.
                 * @member {number|Long} priceCents
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.priceCents = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Product createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Product updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 */
                Product.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Product instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {meshwork.events.promotions.Product.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.promotions.Product} Product instance
                 * @type {{
                 *   (properties: meshwork.events.promotions.Product.$Shape): meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape;
                 *   (properties?: meshwork.events.promotions.Product.$Properties): meshwork.events.promotions.Product;
                 * }}
                 */
                Product.create = function(properties) {
                    return new Product(properties);
                };

                /**
                 * Encodes the specified Product message. Does not implicitly {@link meshwork.events.promotions.Product.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {meshwork.events.promotions.Product.$Properties} message Product message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Product.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku") && message.sku !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.sku);
                    if (message.priceCents != null && $Object.hasOwnProperty.call(message, "priceCents") && (typeof message.priceCents === "object" ? message.priceCents.low || message.priceCents.high : message.priceCents !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.priceCents);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Product message, length delimited. Does not implicitly {@link meshwork.events.promotions.Product.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {meshwork.events.promotions.Product.$Properties} message Product message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Product.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Product.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.promotions.Product();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sku = value;
                                else
                                    delete message.sku;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.priceCents = value;
                                else
                                    delete message.priceCents;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Product message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Product & meshwork.events.promotions.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Product.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Product message.
                 * @function verify
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Product.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku"))
                        if (!$util.isString(message.sku))
                            return "sku: string expected";
                    if (message.priceCents != null && $Object.hasOwnProperty.call(message, "priceCents"))
                        if (!$util.isInteger(message.priceCents) && !(message.priceCents && $util.isInteger(message.priceCents.low) && $util.isInteger(message.priceCents.high)))
                            return "priceCents: integer|Long expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Product message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.promotions.Product} Product
                 */
                Product.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.promotions.Product)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.promotions.Product: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.promotions.Product();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.sku != null)
                        if (typeof object.sku !== "string" || object.sku.length)
                            message.sku = $String(object.sku);
                    if (object.priceCents != null)
                        if (typeof object.priceCents === "object" ? object.priceCents.low || object.priceCents.high : $Number(object.priceCents) !== 0)
                            if ($util.Long)
                                message.priceCents = $util.Long.fromValue(object.priceCents, false);
                            else if (typeof object.priceCents === "string")
                                message.priceCents = $parseInt(object.priceCents, 10);
                            else if (typeof object.priceCents === "number")
                                message.priceCents = object.priceCents;
                            else if (typeof object.priceCents === "object")
                                message.priceCents = new $util.LongBits(object.priceCents.low >>> 0, object.priceCents.high >>> 0).toNumber();
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Product message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {meshwork.events.promotions.Product} message Product
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Product.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.name = "";
                        object.sku = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.priceCents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.priceCents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.sku != null && $Object.hasOwnProperty.call(message, "sku"))
                        object.sku = message.sku;
                    if (message.priceCents != null && $Object.hasOwnProperty.call(message, "priceCents"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.priceCents = typeof message.priceCents === "number" ? $BigInt(message.priceCents) : $util.Long.fromBits(message.priceCents.low >>> 0, message.priceCents.high >>> 0, false).toBigInt();
                        else if (typeof message.priceCents === "number")
                            object.priceCents = options.longs === $String ? $String(message.priceCents) : message.priceCents;
                        else
                            object.priceCents = options.longs === $String ? $util.Long.prototype.toString.call(message.priceCents) : options.longs === $Number ? new $util.LongBits(message.priceCents.low >>> 0, message.priceCents.high >>> 0).toNumber() : message.priceCents;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Product to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.promotions.Product
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Product.prototype.toJSON = function() {
                    return Product.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Product
                 * @function getTypeUrl
                 * @memberof meshwork.events.promotions.Product
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Product.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.promotions.Product";
                };

                return Product;
            })();

            promotions.DiscountLine = (function() {

                /**
                 * Properties of a DiscountLine.
                 * @typedef {Object} meshwork.events.promotions.DiscountLine.$Properties
                 * @property {string|null} [productId] DiscountLine productId
                 * @property {number|null} [percentOff] DiscountLine percentOff
                 * @property {number|Long|null} [amountOffCents] DiscountLine amountOffCents
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DiscountLine.
                 * @memberof meshwork.events.promotions
                 * @interface IDiscountLine
                 * @augments meshwork.events.promotions.DiscountLine.$Properties
                 * @deprecated Use meshwork.events.promotions.DiscountLine.$Properties instead.
                 */

                /**
                 * Shape of a DiscountLine.
                 * @typedef {meshwork.events.promotions.DiscountLine.$Properties} meshwork.events.promotions.DiscountLine.$Shape
                 */

                /**
                 * Constructs a new DiscountLine.
                 * @memberof meshwork.events.promotions
                 * @classdesc Represents a DiscountLine.
                 * @constructor
                 * @param {meshwork.events.promotions.DiscountLine.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DiscountLine = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DiscountLine productId.
                 * @member {string} productId
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @instance
                 */
                DiscountLine.prototype.productId = "";

                /**
                 * DiscountLine percentOff.
                 * @member {number} percentOff
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @instance
                 */
                DiscountLine.prototype.percentOff = 0;

                /**
                 * DiscountLine amountOffCents.
                 * @member {number|Long} amountOffCents
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @instance
                 */
                DiscountLine.prototype.amountOffCents = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new DiscountLine instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {meshwork.events.promotions.DiscountLine.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.promotions.DiscountLine} DiscountLine instance
                 * @type {{
                 *   (properties: meshwork.events.promotions.DiscountLine.$Shape): meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape;
                 *   (properties?: meshwork.events.promotions.DiscountLine.$Properties): meshwork.events.promotions.DiscountLine;
                 * }}
                 */
                DiscountLine.create = function(properties) {
                    return new DiscountLine(properties);
                };

                /**
                 * Encodes the specified DiscountLine message. Does not implicitly {@link meshwork.events.promotions.DiscountLine.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {meshwork.events.promotions.DiscountLine.$Properties} message DiscountLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DiscountLine.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId") && message.productId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.productId);
                    if (message.percentOff != null && $Object.hasOwnProperty.call(message, "percentOff") && message.percentOff !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.percentOff);
                    if (message.amountOffCents != null && $Object.hasOwnProperty.call(message, "amountOffCents") && (typeof message.amountOffCents === "object" ? message.amountOffCents.low || message.amountOffCents.high : message.amountOffCents !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.amountOffCents);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DiscountLine message, length delimited. Does not implicitly {@link meshwork.events.promotions.DiscountLine.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {meshwork.events.promotions.DiscountLine.$Properties} message DiscountLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DiscountLine.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DiscountLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape} DiscountLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DiscountLine.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.promotions.DiscountLine();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.productId = value;
                                else
                                    delete message.productId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.percentOff = value;
                                else
                                    delete message.percentOff;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.amountOffCents = value;
                                else
                                    delete message.amountOffCents;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DiscountLine message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.DiscountLine & meshwork.events.promotions.DiscountLine.$Shape} DiscountLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DiscountLine.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DiscountLine message.
                 * @function verify
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DiscountLine.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId"))
                        if (!$util.isString(message.productId))
                            return "productId: string expected";
                    if (message.percentOff != null && $Object.hasOwnProperty.call(message, "percentOff"))
                        if (!$util.isInteger(message.percentOff))
                            return "percentOff: integer expected";
                    if (message.amountOffCents != null && $Object.hasOwnProperty.call(message, "amountOffCents"))
                        if (!$util.isInteger(message.amountOffCents) && !(message.amountOffCents && $util.isInteger(message.amountOffCents.low) && $util.isInteger(message.amountOffCents.high)))
                            return "amountOffCents: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a DiscountLine message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.promotions.DiscountLine} DiscountLine
                 */
                DiscountLine.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.promotions.DiscountLine)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.promotions.DiscountLine: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.promotions.DiscountLine();
                    if (object.productId != null)
                        if (typeof object.productId !== "string" || object.productId.length)
                            message.productId = $String(object.productId);
                    if (object.percentOff != null)
                        if ($Number(object.percentOff) !== 0)
                            message.percentOff = object.percentOff >>> 0;
                    if (object.amountOffCents != null)
                        if (typeof object.amountOffCents === "object" ? object.amountOffCents.low || object.amountOffCents.high : $Number(object.amountOffCents) !== 0)
                            if ($util.Long)
                                message.amountOffCents = $util.Long.fromValue(object.amountOffCents, false);
                            else if (typeof object.amountOffCents === "string")
                                message.amountOffCents = $parseInt(object.amountOffCents, 10);
                            else if (typeof object.amountOffCents === "number")
                                message.amountOffCents = object.amountOffCents;
                            else if (typeof object.amountOffCents === "object")
                                message.amountOffCents = new $util.LongBits(object.amountOffCents.low >>> 0, object.amountOffCents.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a DiscountLine message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {meshwork.events.promotions.DiscountLine} message DiscountLine
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DiscountLine.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.productId = "";
                        object.percentOff = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.amountOffCents = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.amountOffCents = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.productId != null && $Object.hasOwnProperty.call(message, "productId"))
                        object.productId = message.productId;
                    if (message.percentOff != null && $Object.hasOwnProperty.call(message, "percentOff"))
                        object.percentOff = message.percentOff;
                    if (message.amountOffCents != null && $Object.hasOwnProperty.call(message, "amountOffCents"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.amountOffCents = typeof message.amountOffCents === "number" ? $BigInt(message.amountOffCents) : $util.Long.fromBits(message.amountOffCents.low >>> 0, message.amountOffCents.high >>> 0, false).toBigInt();
                        else if (typeof message.amountOffCents === "number")
                            object.amountOffCents = options.longs === $String ? $String(message.amountOffCents) : message.amountOffCents;
                        else
                            object.amountOffCents = options.longs === $String ? $util.Long.prototype.toString.call(message.amountOffCents) : options.longs === $Number ? new $util.LongBits(message.amountOffCents.low >>> 0, message.amountOffCents.high >>> 0).toNumber() : message.amountOffCents;
                    return object;
                };

                /**
                 * Converts this DiscountLine to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DiscountLine.prototype.toJSON = function() {
                    return DiscountLine.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DiscountLine
                 * @function getTypeUrl
                 * @memberof meshwork.events.promotions.DiscountLine
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DiscountLine.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.promotions.DiscountLine";
                };

                return DiscountLine;
            })();

            promotions.Promotion = (function() {

                /**
                 * Properties of a Promotion.
                 * @typedef {Object} meshwork.events.promotions.Promotion.$Properties
                 * @property {string|null} [id] Promotion id
                 * @property {string|null} [teamId] Promotion teamId
                 * @property {string|null} [name] Promotion name
                 * @property {number|Long|null} [validFrom] Promotion validFrom
                 * @property {number|Long|null} [validThru] Promotion validThru
                 * @property {string|null} [approvalStatus] Promotion approvalStatus
                 * @property {Array.<meshwork.events.promotions.DiscountLine.$Properties>|null} [lines] Promotion lines
                 * @property {number|Long|null} [createdAt] Promotion createdAt
                 * @property {number|Long|null} [updatedAt] Promotion updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Promotion.
                 * @memberof meshwork.events.promotions
                 * @interface IPromotion
                 * @augments meshwork.events.promotions.Promotion.$Properties
                 * @deprecated Use meshwork.events.promotions.Promotion.$Properties instead.
                 */

                /**
                 * Shape of a Promotion.
                 * @typedef {meshwork.events.promotions.Promotion.$Properties} meshwork.events.promotions.Promotion.$Shape
                 */

                /**
                 * Constructs a new Promotion.
                 * @memberof meshwork.events.promotions
                 * @classdesc Represents a Promotion.
                 * @constructor
                 * @param {meshwork.events.promotions.Promotion.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Promotion = function (properties) {
                    this.lines = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Promotion id.
                 * @member {string} id
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.id = "";

                /**
                 * Promotion teamId.
                 * @member {string} teamId
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.teamId = "";

                /**
                 * Promotion name.
                 * @member {string} name
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.name = "";

                /**
                 * Promotion validFrom.
                 * @member {number|Long} validFrom
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.validFrom = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Promotion validThru.
                 * @member {number|Long} validThru
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.validThru = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Promotion approvalStatus.
                 * @member {string} approvalStatus
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.approvalStatus = "";

                /**
                 * Promotion lines.
                 * @member {Array.<meshwork.events.promotions.DiscountLine.$Properties>} lines
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.lines = $util.emptyArray;

                /**
                 * Promotion createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Promotion updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 */
                Promotion.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Promotion instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {meshwork.events.promotions.Promotion.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.promotions.Promotion} Promotion instance
                 * @type {{
                 *   (properties: meshwork.events.promotions.Promotion.$Shape): meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape;
                 *   (properties?: meshwork.events.promotions.Promotion.$Properties): meshwork.events.promotions.Promotion;
                 * }}
                 */
                Promotion.create = function(properties) {
                    return new Promotion(properties);
                };

                /**
                 * Encodes the specified Promotion message. Does not implicitly {@link meshwork.events.promotions.Promotion.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {meshwork.events.promotions.Promotion.$Properties} message Promotion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Promotion.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId") && message.teamId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.teamId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom") && (typeof message.validFrom === "object" ? message.validFrom.low || message.validFrom.high : message.validFrom !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.validFrom);
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru") && (typeof message.validThru === "object" ? message.validThru.low || message.validThru.high : message.validThru !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.validThru);
                    if (message.approvalStatus != null && $Object.hasOwnProperty.call(message, "approvalStatus") && message.approvalStatus !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.approvalStatus);
                    if (message.lines != null && message.lines.length)
                        for (let i = 0; i < message.lines.length; ++i)
                            $root.meshwork.events.promotions.DiscountLine.encode(message.lines[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Promotion message, length delimited. Does not implicitly {@link meshwork.events.promotions.Promotion.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {meshwork.events.promotions.Promotion.$Properties} message Promotion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Promotion.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Promotion message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape} Promotion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Promotion.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.promotions.Promotion();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.teamId = value;
                                else
                                    delete message.teamId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validFrom = value;
                                else
                                    delete message.validFrom;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validThru = value;
                                else
                                    delete message.validThru;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.approvalStatus = value;
                                else
                                    delete message.approvalStatus;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.lines && message.lines.length))
                                    message.lines = [];
                                message.lines.push($root.meshwork.events.promotions.DiscountLine.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Promotion message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Promotion & meshwork.events.promotions.Promotion.$Shape} Promotion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Promotion.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Promotion message.
                 * @function verify
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Promotion.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        if (!$util.isString(message.teamId))
                            return "teamId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom"))
                        if (!$util.isInteger(message.validFrom) && !(message.validFrom && $util.isInteger(message.validFrom.low) && $util.isInteger(message.validFrom.high)))
                            return "validFrom: integer|Long expected";
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru"))
                        if (!$util.isInteger(message.validThru) && !(message.validThru && $util.isInteger(message.validThru.low) && $util.isInteger(message.validThru.high)))
                            return "validThru: integer|Long expected";
                    if (message.approvalStatus != null && $Object.hasOwnProperty.call(message, "approvalStatus"))
                        if (!$util.isString(message.approvalStatus))
                            return "approvalStatus: string expected";
                    if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                        if (!$Array.isArray(message.lines))
                            return "lines: array expected";
                        for (let i = 0; i < message.lines.length; ++i) {
                            let error = $root.meshwork.events.promotions.DiscountLine.verify(message.lines[i], _depth + 1);
                            if (error)
                                return "lines." + error;
                        }
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a Promotion message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.promotions.Promotion} Promotion
                 */
                Promotion.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.promotions.Promotion)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.promotions.Promotion: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.promotions.Promotion();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.teamId != null)
                        if (typeof object.teamId !== "string" || object.teamId.length)
                            message.teamId = $String(object.teamId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.validFrom != null)
                        if (typeof object.validFrom === "object" ? object.validFrom.low || object.validFrom.high : $Number(object.validFrom) !== 0)
                            if ($util.Long)
                                message.validFrom = $util.Long.fromValue(object.validFrom, false);
                            else if (typeof object.validFrom === "string")
                                message.validFrom = $parseInt(object.validFrom, 10);
                            else if (typeof object.validFrom === "number")
                                message.validFrom = object.validFrom;
                            else if (typeof object.validFrom === "object")
                                message.validFrom = new $util.LongBits(object.validFrom.low >>> 0, object.validFrom.high >>> 0).toNumber();
                    if (object.validThru != null)
                        if (typeof object.validThru === "object" ? object.validThru.low || object.validThru.high : $Number(object.validThru) !== 0)
                            if ($util.Long)
                                message.validThru = $util.Long.fromValue(object.validThru, false);
                            else if (typeof object.validThru === "string")
                                message.validThru = $parseInt(object.validThru, 10);
                            else if (typeof object.validThru === "number")
                                message.validThru = object.validThru;
                            else if (typeof object.validThru === "object")
                                message.validThru = new $util.LongBits(object.validThru.low >>> 0, object.validThru.high >>> 0).toNumber();
                    if (object.approvalStatus != null)
                        if (typeof object.approvalStatus !== "string" || object.approvalStatus.length)
                            message.approvalStatus = $String(object.approvalStatus);
                    if (object.lines) {
                        if (!$Array.isArray(object.lines))
                            throw $TypeError(".meshwork.events.promotions.Promotion.lines: array expected");
                        message.lines = $Array(object.lines.length);
                        for (let i = 0; i < object.lines.length; ++i) {
                            if (!$util.isObject(object.lines[i]))
                                throw $TypeError(".meshwork.events.promotions.Promotion.lines: object expected");
                            message.lines[i] = $root.meshwork.events.promotions.DiscountLine.fromObject(object.lines[i], _depth + 1);
                        }
                    }
                    if (object.createdAt != null)
                        if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                            if ($util.Long)
                                message.createdAt = $util.Long.fromValue(object.createdAt, false);
                            else if (typeof object.createdAt === "string")
                                message.createdAt = $parseInt(object.createdAt, 10);
                            else if (typeof object.createdAt === "number")
                                message.createdAt = object.createdAt;
                            else if (typeof object.createdAt === "object")
                                message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                    if (object.updatedAt != null)
                        if (typeof object.updatedAt === "object" ? object.updatedAt.low || object.updatedAt.high : $Number(object.updatedAt) !== 0)
                            if ($util.Long)
                                message.updatedAt = $util.Long.fromValue(object.updatedAt, false);
                            else if (typeof object.updatedAt === "string")
                                message.updatedAt = $parseInt(object.updatedAt, 10);
                            else if (typeof object.updatedAt === "number")
                                message.updatedAt = object.updatedAt;
                            else if (typeof object.updatedAt === "object")
                                message.updatedAt = new $util.LongBits(object.updatedAt.low >>> 0, object.updatedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a Promotion message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {meshwork.events.promotions.Promotion} message Promotion
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Promotion.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.lines = [];
                    if (options.defaults) {
                        object.id = "";
                        object.teamId = "";
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.validFrom = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validFrom = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.validThru = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validThru = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.approvalStatus = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.updatedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.updatedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.teamId != null && $Object.hasOwnProperty.call(message, "teamId"))
                        object.teamId = message.teamId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.validFrom != null && $Object.hasOwnProperty.call(message, "validFrom"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validFrom = typeof message.validFrom === "number" ? $BigInt(message.validFrom) : $util.Long.fromBits(message.validFrom.low >>> 0, message.validFrom.high >>> 0, false).toBigInt();
                        else if (typeof message.validFrom === "number")
                            object.validFrom = options.longs === $String ? $String(message.validFrom) : message.validFrom;
                        else
                            object.validFrom = options.longs === $String ? $util.Long.prototype.toString.call(message.validFrom) : options.longs === $Number ? new $util.LongBits(message.validFrom.low >>> 0, message.validFrom.high >>> 0).toNumber() : message.validFrom;
                    if (message.validThru != null && $Object.hasOwnProperty.call(message, "validThru"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validThru = typeof message.validThru === "number" ? $BigInt(message.validThru) : $util.Long.fromBits(message.validThru.low >>> 0, message.validThru.high >>> 0, false).toBigInt();
                        else if (typeof message.validThru === "number")
                            object.validThru = options.longs === $String ? $String(message.validThru) : message.validThru;
                        else
                            object.validThru = options.longs === $String ? $util.Long.prototype.toString.call(message.validThru) : options.longs === $Number ? new $util.LongBits(message.validThru.low >>> 0, message.validThru.high >>> 0).toNumber() : message.validThru;
                    if (message.approvalStatus != null && $Object.hasOwnProperty.call(message, "approvalStatus"))
                        object.approvalStatus = message.approvalStatus;
                    if (message.lines && message.lines.length) {
                        object.lines = $Array(message.lines.length);
                        for (let j = 0; j < message.lines.length; ++j)
                            object.lines[j] = $root.meshwork.events.promotions.DiscountLine.toObject(message.lines[j], options, _depth + 1);
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.updatedAt = typeof message.updatedAt === "number" ? $BigInt(message.updatedAt) : $util.Long.fromBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.updatedAt === "number")
                            object.updatedAt = options.longs === $String ? $String(message.updatedAt) : message.updatedAt;
                        else
                            object.updatedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAt) : options.longs === $Number ? new $util.LongBits(message.updatedAt.low >>> 0, message.updatedAt.high >>> 0).toNumber() : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this Promotion to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.promotions.Promotion
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Promotion.prototype.toJSON = function() {
                    return Promotion.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Promotion
                 * @function getTypeUrl
                 * @memberof meshwork.events.promotions.Promotion
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Promotion.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.promotions.Promotion";
                };

                return Promotion;
            })();

            promotions.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.promotions.Event.$Properties
                 * @property {meshwork.events.promotions.EventType|null} [type] Event type
                 * @property {meshwork.events.promotions.Promotion.$Properties|null} [promotion] Event promotion
                 * @property {meshwork.events.promotions.Product.$Properties|null} [product] Event product
                 * @property {Array.<string>|null} [changed] Event changed
                 * @property {string|null} [previousApprovalStatus] Event previousApprovalStatus
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.promotions
                 * @interface IEvent
                 * @augments meshwork.events.promotions.Event.$Properties
                 * @deprecated Use meshwork.events.promotions.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.promotions.Event.$Properties} meshwork.events.promotions.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.promotions
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.promotions.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    this.changed = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event type.
                 * @member {meshwork.events.promotions.EventType} type
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event promotion.
                 * @member {meshwork.events.promotions.Promotion.$Properties|null|undefined} promotion
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 */
                Event.prototype.promotion = null;

                /**
                 * Event product.
                 * @member {meshwork.events.promotions.Product.$Properties|null|undefined} product
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 */
                Event.prototype.product = null;

                /**
                 * Event changed.
                 * @member {Array.<string>} changed
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 */
                Event.prototype.changed = $util.emptyArray;

                /**
                 * Event previousApprovalStatus.
                 * @member {string} previousApprovalStatus
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 */
                Event.prototype.previousApprovalStatus = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {meshwork.events.promotions.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.promotions.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.promotions.Event.$Shape): meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape;
                 *   (properties?: meshwork.events.promotions.Event.$Properties): meshwork.events.promotions.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.promotions.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {meshwork.events.promotions.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.promotion != null && $Object.hasOwnProperty.call(message, "promotion"))
                        $root.meshwork.events.promotions.Promotion.encode(message.promotion, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        $root.meshwork.events.promotions.Product.encode(message.product, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.changed != null && message.changed.length)
                        for (let i = 0; i < message.changed.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.changed[i]);
                    if (message.previousApprovalStatus != null && $Object.hasOwnProperty.call(message, "previousApprovalStatus") && message.previousApprovalStatus !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.previousApprovalStatus);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.promotions.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {meshwork.events.promotions.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.meshwork.events.promotions.Event();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.promotion = $root.meshwork.events.promotions.Promotion.decode(reader, reader.size(), $undefined, _depth + 1, message.promotion);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.product = $root.meshwork.events.promotions.Product.decode(reader, reader.size(), $undefined, _depth + 1, message.product);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changed && message.changed.length))
                                    message.changed = [];
                                message.changed.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousApprovalStatus = value;
                                else
                                    delete message.previousApprovalStatus;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.promotions.Event & meshwork.events.promotions.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Event message.
                 * @function verify
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Event.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.promotion != null && $Object.hasOwnProperty.call(message, "promotion")) {
                        let error = $root.meshwork.events.promotions.Promotion.verify(message.promotion, _depth + 1);
                        if (error)
                            return "promotion." + error;
                    }
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product")) {
                        let error = $root.meshwork.events.promotions.Product.verify(message.product, _depth + 1);
                        if (error)
                            return "product." + error;
                    }
                    if (message.changed != null && $Object.hasOwnProperty.call(message, "changed")) {
                        if (!$Array.isArray(message.changed))
                            return "changed: array expected";
                        for (let i = 0; i < message.changed.length; ++i)
                            if (!$util.isString(message.changed[i]))
                                return "changed: string[] expected";
                    }
                    if (message.previousApprovalStatus != null && $Object.hasOwnProperty.call(message, "previousApprovalStatus"))
                        if (!$util.isString(message.previousApprovalStatus))
                            return "previousApprovalStatus: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.promotions.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.promotions.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.promotions.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.promotions.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.promotions.EventType[object.type] !== 0))
                        switch (object.type) {
                        case "EVENT_TYPE_UNKNOWN":
                        case 0:
                            message.type = 0;
                            break;
                        case "Created":
                        case 1:
                            message.type = 1;
                            break;
                        case "Updated":
                        case 2:
                            message.type = 2;
                            break;
                        case "Deleted":
                        case 3:
                            message.type = 3;
                            break;
                        case "ApprovalStatusChanged":
                        case 4:
                            message.type = 4;
                            break;
                        case "ProductCreated":
                        case 5:
                            message.type = 5;
                            break;
                        case "ProductUpdated":
                        case 6:
                            message.type = 6;
                            break;
                        case "ProductDeleted":
                        case 7:
                            message.type = 7;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.promotion != null) {
                        if (!$util.isObject(object.promotion))
                            throw $TypeError(".meshwork.events.promotions.Event.promotion: object expected");
                        message.promotion = $root.meshwork.events.promotions.Promotion.fromObject(object.promotion, _depth + 1);
                    }
                    if (object.product != null) {
                        if (!$util.isObject(object.product))
                            throw $TypeError(".meshwork.events.promotions.Event.product: object expected");
                        message.product = $root.meshwork.events.promotions.Product.fromObject(object.product, _depth + 1);
                    }
                    if (object.changed) {
                        if (!$Array.isArray(object.changed))
                            throw $TypeError(".meshwork.events.promotions.Event.changed: array expected");
                        message.changed = $Array(object.changed.length);
                        for (let i = 0; i < object.changed.length; ++i)
                            message.changed[i] = $String(object.changed[i]);
                    }
                    if (object.previousApprovalStatus != null)
                        if (typeof object.previousApprovalStatus !== "string" || object.previousApprovalStatus.length)
                            message.previousApprovalStatus = $String(object.previousApprovalStatus);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {meshwork.events.promotions.Event} message Event
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Event.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.changed = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "EVENT_TYPE_UNKNOWN" : 0;
                        object.promotion = null;
                        object.product = null;
                        object.previousApprovalStatus = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.promotions.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.promotions.EventType[message.type] : message.type;
                    if (message.promotion != null && $Object.hasOwnProperty.call(message, "promotion"))
                        object.promotion = $root.meshwork.events.promotions.Promotion.toObject(message.promotion, options, _depth + 1);
                    if (message.product != null && $Object.hasOwnProperty.call(message, "product"))
                        object.product = $root.meshwork.events.promotions.Product.toObject(message.product, options, _depth + 1);
                    if (message.changed && message.changed.length) {
                        object.changed = $Array(message.changed.length);
                        for (let j = 0; j < message.changed.length; ++j)
                            object.changed[j] = message.changed[j];
                    }
                    if (message.previousApprovalStatus != null && $Object.hasOwnProperty.call(message, "previousApprovalStatus"))
                        object.previousApprovalStatus = message.previousApprovalStatus;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.promotions.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.promotions.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.promotions.Event";
                };

                return Event;
            })();

            return promotions;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
