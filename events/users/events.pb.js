/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["users"] || ($protobuf.roots["users"] = {});

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

        events.users = (function() {

            /**
             * Namespace users.
             * @memberof meshwork.events
             * @namespace
             */
            const users = {};

            /**
             * EventType enum.
             * @name meshwork.events.users.EventType
             * @enum {number}
             * @property {number} EVENT_TYPE_UNKNOWN=0 EVENT_TYPE_UNKNOWN value
             * @property {number} Created=1 Created value
             * @property {number} Updated=2 Updated value
             * @property {number} Deleted=3 Deleted value
             * @property {number} Verified=4 Verified value
             * @property {number} Banned=5 Banned value
             * @property {number} Unbanned=6 Unbanned value
             * @property {number} Signup=7 Signup value
             * @property {number} Login=8 Login value
             * @property {number} Logout=9 Logout value
             * @property {number} TokenRefreshed=10 TokenRefreshed value
             * @property {number} PasswordResetRequested=11 PasswordResetRequested value
             * @property {number} PasswordReset=12 PasswordReset value
             * @property {number} ApiKeyCreated=13 ApiKeyCreated value
             * @property {number} ApiKeyRevoked=14 ApiKeyRevoked value
             */
            users.EventType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EVENT_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "Created"] = 1;
                values[valuesById[2] = "Updated"] = 2;
                values[valuesById[3] = "Deleted"] = 3;
                values[valuesById[4] = "Verified"] = 4;
                values[valuesById[5] = "Banned"] = 5;
                values[valuesById[6] = "Unbanned"] = 6;
                values[valuesById[7] = "Signup"] = 7;
                values[valuesById[8] = "Login"] = 8;
                values[valuesById[9] = "Logout"] = 9;
                values[valuesById[10] = "TokenRefreshed"] = 10;
                values[valuesById[11] = "PasswordResetRequested"] = 11;
                values[valuesById[12] = "PasswordReset"] = 12;
                values[valuesById[13] = "ApiKeyCreated"] = 13;
                values[valuesById[14] = "ApiKeyRevoked"] = 14;
                return values;
            })();

            users.User = (function() {

                /**
                 * Properties of a User.
                 * @typedef {Object} meshwork.events.users.User.$Properties
                 * @property {string|null} [id] User id
                 * @property {string|null} [email] User email
                 * @property {string|null} [firstName] User firstName
                 * @property {string|null} [lastName] User lastName
                 * @property {string|null} [status] User status
                 * @property {Array.<string>|null} [roles] User roles
                 * @property {number|Long|null} [createdAt] User createdAt
                 * @property {number|Long|null} [updatedAt] User updatedAt
                 * @property {number|Long|null} [verifiedAt] User verifiedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a User.
                 * @memberof meshwork.events.users
                 * @interface IUser
                 * @augments meshwork.events.users.User.$Properties
                 * @deprecated Use meshwork.events.users.User.$Properties instead.
                 */

                /**
                 * Shape of a User.
                 * @typedef {meshwork.events.users.User.$Properties} meshwork.events.users.User.$Shape
                 */

                /**
                 * Constructs a new User.
                 * @memberof meshwork.events.users
                 * @classdesc Represents a User.
                 * @constructor
                 * @param {meshwork.events.users.User.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const User = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * User id.
                 * @member {string} id
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.id = "";

                /**
                 * User email.
                 * @member {string} email
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.email = "";

                /**
                 * User firstName.
                 * @member {string} firstName
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.firstName = "";

                /**
                 * User lastName.
                 * @member {string} lastName
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.lastName = "";

                /**
                 * User status.
                 * @member {string} status
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.status = "";

                /**
                 * User roles.
                 * @member {Array.<string>} roles
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.roles = $util.emptyArray;

                /**
                 * User createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * User updatedAt.
                 * @member {number|Long} updatedAt
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.updatedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * User verifiedAt.
                 * @member {number|Long} verifiedAt
                 * @memberof meshwork.events.users.User
                 * @instance
                 */
                User.prototype.verifiedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new User instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {meshwork.events.users.User.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.users.User} User instance
                 * @type {{
                 *   (properties: meshwork.events.users.User.$Shape): meshwork.events.users.User & meshwork.events.users.User.$Shape;
                 *   (properties?: meshwork.events.users.User.$Properties): meshwork.events.users.User;
                 * }}
                 */
                User.create = function(properties) {
                    return new User(properties);
                };

                /**
                 * Encodes the specified User message. Does not implicitly {@link meshwork.events.users.User.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {meshwork.events.users.User.$Properties} message User message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                User.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.email);
                    if (message.firstName != null && $Object.hasOwnProperty.call(message, "firstName") && message.firstName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.firstName);
                    if (message.lastName != null && $Object.hasOwnProperty.call(message, "lastName") && message.lastName !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.lastName);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                    if (message.roles != null && message.roles.length)
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.roles[i]);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && (typeof message.updatedAt === "object" ? message.updatedAt.low || message.updatedAt.high : message.updatedAt !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.updatedAt);
                    if (message.verifiedAt != null && $Object.hasOwnProperty.call(message, "verifiedAt") && (typeof message.verifiedAt === "object" ? message.verifiedAt.low || message.verifiedAt.high : message.verifiedAt !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.verifiedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified User message, length delimited. Does not implicitly {@link meshwork.events.users.User.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {meshwork.events.users.User.$Properties} message User message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                User.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a User message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.users.User & meshwork.events.users.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                User.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.meshwork.events.users.User();
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
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.firstName = value;
                                else
                                    delete message.firstName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastName = value;
                                else
                                    delete message.lastName;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.verifiedAt = value;
                                else
                                    delete message.verifiedAt;
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
                 * Decodes a User message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.User & meshwork.events.users.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                User.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a User message.
                 * @function verify
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                User.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        if (!$util.isString(message.email))
                            return "email: string expected";
                    if (message.firstName != null && $Object.hasOwnProperty.call(message, "firstName"))
                        if (!$util.isString(message.firstName))
                            return "firstName: string expected";
                    if (message.lastName != null && $Object.hasOwnProperty.call(message, "lastName"))
                        if (!$util.isString(message.lastName))
                            return "lastName: string expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (!$util.isString(message.status))
                            return "status: string expected";
                    if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                        if (!$Array.isArray(message.roles))
                            return "roles: array expected";
                        for (let i = 0; i < message.roles.length; ++i)
                            if (!$util.isString(message.roles[i]))
                                return "roles: string[] expected";
                    }
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        if (!$util.isInteger(message.updatedAt) && !(message.updatedAt && $util.isInteger(message.updatedAt.low) && $util.isInteger(message.updatedAt.high)))
                            return "updatedAt: integer|Long expected";
                    if (message.verifiedAt != null && $Object.hasOwnProperty.call(message, "verifiedAt"))
                        if (!$util.isInteger(message.verifiedAt) && !(message.verifiedAt && $util.isInteger(message.verifiedAt.low) && $util.isInteger(message.verifiedAt.high)))
                            return "verifiedAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a User message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.users.User} User
                 */
                User.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.users.User)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.users.User: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.users.User();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.email != null)
                        if (typeof object.email !== "string" || object.email.length)
                            message.email = $String(object.email);
                    if (object.firstName != null)
                        if (typeof object.firstName !== "string" || object.firstName.length)
                            message.firstName = $String(object.firstName);
                    if (object.lastName != null)
                        if (typeof object.lastName !== "string" || object.lastName.length)
                            message.lastName = $String(object.lastName);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".meshwork.events.users.User.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (let i = 0; i < object.roles.length; ++i)
                            message.roles[i] = $String(object.roles[i]);
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
                    if (object.verifiedAt != null)
                        if (typeof object.verifiedAt === "object" ? object.verifiedAt.low || object.verifiedAt.high : $Number(object.verifiedAt) !== 0)
                            if ($util.Long)
                                message.verifiedAt = $util.Long.fromValue(object.verifiedAt, false);
                            else if (typeof object.verifiedAt === "string")
                                message.verifiedAt = $parseInt(object.verifiedAt, 10);
                            else if (typeof object.verifiedAt === "number")
                                message.verifiedAt = object.verifiedAt;
                            else if (typeof object.verifiedAt === "object")
                                message.verifiedAt = new $util.LongBits(object.verifiedAt.low >>> 0, object.verifiedAt.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a User message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {meshwork.events.users.User} message User
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                User.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (options.defaults) {
                        object.id = "";
                        object.email = "";
                        object.firstName = "";
                        object.lastName = "";
                        object.status = "";
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
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.verifiedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.verifiedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        object.email = message.email;
                    if (message.firstName != null && $Object.hasOwnProperty.call(message, "firstName"))
                        object.firstName = message.firstName;
                    if (message.lastName != null && $Object.hasOwnProperty.call(message, "lastName"))
                        object.lastName = message.lastName;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (let j = 0; j < message.roles.length; ++j)
                            object.roles[j] = message.roles[j];
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
                    if (message.verifiedAt != null && $Object.hasOwnProperty.call(message, "verifiedAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.verifiedAt = typeof message.verifiedAt === "number" ? $BigInt(message.verifiedAt) : $util.Long.fromBits(message.verifiedAt.low >>> 0, message.verifiedAt.high >>> 0, false).toBigInt();
                        else if (typeof message.verifiedAt === "number")
                            object.verifiedAt = options.longs === $String ? $String(message.verifiedAt) : message.verifiedAt;
                        else
                            object.verifiedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.verifiedAt) : options.longs === $Number ? new $util.LongBits(message.verifiedAt.low >>> 0, message.verifiedAt.high >>> 0).toNumber() : message.verifiedAt;
                    return object;
                };

                /**
                 * Converts this User to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.users.User
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                User.prototype.toJSON = function() {
                    return User.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for User
                 * @function getTypeUrl
                 * @memberof meshwork.events.users.User
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                User.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.users.User";
                };

                return User;
            })();

            users.ApiKey = (function() {

                /**
                 * Properties of an ApiKey.
                 * @typedef {Object} meshwork.events.users.ApiKey.$Properties
                 * @property {string|null} [id] ApiKey id
                 * @property {string|null} [userId] ApiKey userId
                 * @property {string|null} [description] ApiKey description
                 * @property {Array.<string>|null} [scopes] ApiKey scopes
                 * @property {string|null} [prefix] ApiKey prefix
                 * @property {number|Long|null} [createdAt] ApiKey createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ApiKey.
                 * @memberof meshwork.events.users
                 * @interface IApiKey
                 * @augments meshwork.events.users.ApiKey.$Properties
                 * @deprecated Use meshwork.events.users.ApiKey.$Properties instead.
                 */

                /**
                 * Shape of an ApiKey.
                 * @typedef {meshwork.events.users.ApiKey.$Properties} meshwork.events.users.ApiKey.$Shape
                 */

                /**
                 * Constructs a new ApiKey.
                 * @memberof meshwork.events.users
                 * @classdesc Represents an ApiKey.
                 * @constructor
                 * @param {meshwork.events.users.ApiKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ApiKey = function (properties) {
                    this.scopes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ApiKey id.
                 * @member {string} id
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.id = "";

                /**
                 * ApiKey userId.
                 * @member {string} userId
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.userId = "";

                /**
                 * ApiKey description.
                 * @member {string} description
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.description = "";

                /**
                 * ApiKey scopes.
                 * @member {Array.<string>} scopes
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.scopes = $util.emptyArray;

                /**
                 * ApiKey prefix.
                 * @member {string} prefix
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.prefix = "";

                /**
                 * ApiKey createdAt.
                 * @member {number|Long} createdAt
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 */
                ApiKey.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new ApiKey instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {meshwork.events.users.ApiKey.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.users.ApiKey} ApiKey instance
                 * @type {{
                 *   (properties: meshwork.events.users.ApiKey.$Shape): meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape;
                 *   (properties?: meshwork.events.users.ApiKey.$Properties): meshwork.events.users.ApiKey;
                 * }}
                 */
                ApiKey.create = function(properties) {
                    return new ApiKey(properties);
                };

                /**
                 * Encodes the specified ApiKey message. Does not implicitly {@link meshwork.events.users.ApiKey.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {meshwork.events.users.ApiKey.$Properties} message ApiKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ApiKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.scopes != null && message.scopes.length)
                        for (let i = 0; i < message.scopes.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.scopes[i]);
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.prefix);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ApiKey message, length delimited. Does not implicitly {@link meshwork.events.users.ApiKey.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {meshwork.events.users.ApiKey.$Properties} message ApiKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ApiKey.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an ApiKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape} ApiKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ApiKey.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.meshwork.events.users.ApiKey();
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
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.scopes && message.scopes.length))
                                    message.scopes = [];
                                message.scopes.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
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
                 * Decodes an ApiKey message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape} ApiKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ApiKey.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an ApiKey message.
                 * @function verify
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ApiKey.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (!$util.isString(message.id))
                            return "id: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        if (!$util.isString(message.description))
                            return "description: string expected";
                    if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes")) {
                        if (!$Array.isArray(message.scopes))
                            return "scopes: array expected";
                        for (let i = 0; i < message.scopes.length; ++i)
                            if (!$util.isString(message.scopes[i]))
                                return "scopes: string[] expected";
                    }
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        if (!$util.isString(message.prefix))
                            return "prefix: string expected";
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                            return "createdAt: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an ApiKey message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.users.ApiKey} ApiKey
                 */
                ApiKey.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.users.ApiKey)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.users.ApiKey: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.users.ApiKey();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.description != null)
                        if (typeof object.description !== "string" || object.description.length)
                            message.description = $String(object.description);
                    if (object.scopes) {
                        if (!$Array.isArray(object.scopes))
                            throw $TypeError(".meshwork.events.users.ApiKey.scopes: array expected");
                        message.scopes = $Array(object.scopes.length);
                        for (let i = 0; i < object.scopes.length; ++i)
                            message.scopes[i] = $String(object.scopes[i]);
                    }
                    if (object.prefix != null)
                        if (typeof object.prefix !== "string" || object.prefix.length)
                            message.prefix = $String(object.prefix);
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
                    return message;
                };

                /**
                 * Creates a plain object from an ApiKey message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {meshwork.events.users.ApiKey} message ApiKey
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ApiKey.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.scopes = [];
                    if (options.defaults) {
                        object.id = "";
                        object.userId = "";
                        object.description = "";
                        object.prefix = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        object.description = message.description;
                    if (message.scopes && message.scopes.length) {
                        object.scopes = $Array(message.scopes.length);
                        for (let j = 0; j < message.scopes.length; ++j)
                            object.scopes[j] = message.scopes[j];
                    }
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                        object.prefix = message.prefix;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                        else if (typeof message.createdAt === "number")
                            object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                        else
                            object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                    return object;
                };

                /**
                 * Converts this ApiKey to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.users.ApiKey
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ApiKey.prototype.toJSON = function() {
                    return ApiKey.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ApiKey
                 * @function getTypeUrl
                 * @memberof meshwork.events.users.ApiKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ApiKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.users.ApiKey";
                };

                return ApiKey;
            })();

            users.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} meshwork.events.users.Event.$Properties
                 * @property {meshwork.events.users.EventType|null} [type] Event type
                 * @property {meshwork.events.users.User.$Properties|null} [user] Event user
                 * @property {meshwork.events.users.ApiKey.$Properties|null} [apiKey] Event apiKey
                 * @property {Array.<string>|null} [changed] Event changed
                 * @property {string|null} [sessionFamily] Event sessionFamily
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof meshwork.events.users
                 * @interface IEvent
                 * @augments meshwork.events.users.Event.$Properties
                 * @deprecated Use meshwork.events.users.Event.$Properties instead.
                 */

                /**
                 * Shape of an Event.
                 * @typedef {meshwork.events.users.Event.$Properties} meshwork.events.users.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof meshwork.events.users
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {meshwork.events.users.Event.$Properties=} [properties] Properties to set
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
                 * @member {meshwork.events.users.EventType} type
                 * @memberof meshwork.events.users.Event
                 * @instance
                 */
                Event.prototype.type = 0;

                /**
                 * Event user.
                 * @member {meshwork.events.users.User.$Properties|null|undefined} user
                 * @memberof meshwork.events.users.Event
                 * @instance
                 */
                Event.prototype.user = null;

                /**
                 * Event apiKey.
                 * @member {meshwork.events.users.ApiKey.$Properties|null|undefined} apiKey
                 * @memberof meshwork.events.users.Event
                 * @instance
                 */
                Event.prototype.apiKey = null;

                /**
                 * Event changed.
                 * @member {Array.<string>} changed
                 * @memberof meshwork.events.users.Event
                 * @instance
                 */
                Event.prototype.changed = $util.emptyArray;

                /**
                 * Event sessionFamily.
                 * @member {string} sessionFamily
                 * @memberof meshwork.events.users.Event
                 * @instance
                 */
                Event.prototype.sessionFamily = "";

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {meshwork.events.users.Event.$Properties=} [properties] Properties to set
                 * @returns {meshwork.events.users.Event} Event instance
                 * @type {{
                 *   (properties: meshwork.events.users.Event.$Shape): meshwork.events.users.Event & meshwork.events.users.Event.$Shape;
                 *   (properties?: meshwork.events.users.Event.$Properties): meshwork.events.users.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.users.Event.verify|verify} messages.
                 * @function encode
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {meshwork.events.users.Event.$Properties} message Event message or plain object to encode
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
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        $root.meshwork.events.users.User.encode(message.user, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.apiKey != null && $Object.hasOwnProperty.call(message, "apiKey"))
                        $root.meshwork.events.users.ApiKey.encode(message.apiKey, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.changed != null && message.changed.length)
                        for (let i = 0; i < message.changed.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.changed[i]);
                    if (message.sessionFamily != null && $Object.hasOwnProperty.call(message, "sessionFamily") && message.sessionFamily !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sessionFamily);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.users.Event.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {meshwork.events.users.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {meshwork.events.users.Event & meshwork.events.users.Event.$Shape} Event
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
                    message = _target || new $root.meshwork.events.users.Event();
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
                                message.user = $root.meshwork.events.users.User.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.apiKey = $root.meshwork.events.users.ApiKey.decode(reader, reader.size(), $undefined, _depth + 1, message.apiKey);
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
                                    message.sessionFamily = value;
                                else
                                    delete message.sessionFamily;
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
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.Event & meshwork.events.users.Event.$Shape} Event
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
                 * @memberof meshwork.events.users.Event
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
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user")) {
                        let error = $root.meshwork.events.users.User.verify(message.user, _depth + 1);
                        if (error)
                            return "user." + error;
                    }
                    if (message.apiKey != null && $Object.hasOwnProperty.call(message, "apiKey")) {
                        let error = $root.meshwork.events.users.ApiKey.verify(message.apiKey, _depth + 1);
                        if (error)
                            return "apiKey." + error;
                    }
                    if (message.changed != null && $Object.hasOwnProperty.call(message, "changed")) {
                        if (!$Array.isArray(message.changed))
                            return "changed: array expected";
                        for (let i = 0; i < message.changed.length; ++i)
                            if (!$util.isString(message.changed[i]))
                                return "changed: string[] expected";
                    }
                    if (message.sessionFamily != null && $Object.hasOwnProperty.call(message, "sessionFamily"))
                        if (!$util.isString(message.sessionFamily))
                            return "sessionFamily: string expected";
                    return null;
                };

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {meshwork.events.users.Event} Event
                 */
                Event.fromObject = function (object, _depth) {
                    if (object instanceof $root.meshwork.events.users.Event)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".meshwork.events.users.Event: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.meshwork.events.users.Event();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.meshwork.events.users.EventType[object.type] !== 0))
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
                        case "Verified":
                        case 4:
                            message.type = 4;
                            break;
                        case "Banned":
                        case 5:
                            message.type = 5;
                            break;
                        case "Unbanned":
                        case 6:
                            message.type = 6;
                            break;
                        case "Signup":
                        case 7:
                            message.type = 7;
                            break;
                        case "Login":
                        case 8:
                            message.type = 8;
                            break;
                        case "Logout":
                        case 9:
                            message.type = 9;
                            break;
                        case "TokenRefreshed":
                        case 10:
                            message.type = 10;
                            break;
                        case "PasswordResetRequested":
                        case 11:
                            message.type = 11;
                            break;
                        case "PasswordReset":
                        case 12:
                            message.type = 12;
                            break;
                        case "ApiKeyCreated":
                        case 13:
                            message.type = 13;
                            break;
                        case "ApiKeyRevoked":
                        case 14:
                            message.type = 14;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.user != null) {
                        if (!$util.isObject(object.user))
                            throw $TypeError(".meshwork.events.users.Event.user: object expected");
                        message.user = $root.meshwork.events.users.User.fromObject(object.user, _depth + 1);
                    }
                    if (object.apiKey != null) {
                        if (!$util.isObject(object.apiKey))
                            throw $TypeError(".meshwork.events.users.Event.apiKey: object expected");
                        message.apiKey = $root.meshwork.events.users.ApiKey.fromObject(object.apiKey, _depth + 1);
                    }
                    if (object.changed) {
                        if (!$Array.isArray(object.changed))
                            throw $TypeError(".meshwork.events.users.Event.changed: array expected");
                        message.changed = $Array(object.changed.length);
                        for (let i = 0; i < object.changed.length; ++i)
                            message.changed[i] = $String(object.changed[i]);
                    }
                    if (object.sessionFamily != null)
                        if (typeof object.sessionFamily !== "string" || object.sessionFamily.length)
                            message.sessionFamily = $String(object.sessionFamily);
                    return message;
                };

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {meshwork.events.users.Event} message Event
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
                        object.user = null;
                        object.apiKey = null;
                        object.sessionFamily = "";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.meshwork.events.users.EventType[message.type] === $undefined ? message.type : $root.meshwork.events.users.EventType[message.type] : message.type;
                    if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                        object.user = $root.meshwork.events.users.User.toObject(message.user, options, _depth + 1);
                    if (message.apiKey != null && $Object.hasOwnProperty.call(message, "apiKey"))
                        object.apiKey = $root.meshwork.events.users.ApiKey.toObject(message.apiKey, options, _depth + 1);
                    if (message.changed && message.changed.length) {
                        object.changed = $Array(message.changed.length);
                        for (let j = 0; j < message.changed.length; ++j)
                            object.changed[j] = message.changed[j];
                    }
                    if (message.sessionFamily != null && $Object.hasOwnProperty.call(message, "sessionFamily"))
                        object.sessionFamily = message.sessionFamily;
                    return object;
                };

                /**
                 * Converts this Event to JSON.
                 * @function toJSON
                 * @memberof meshwork.events.users.Event
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Event.prototype.toJSON = function() {
                    return Event.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Event
                 * @function getTypeUrl
                 * @memberof meshwork.events.users.Event
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Event.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/meshwork.events.users.Event";
                };

                return Event;
            })();

            return users;
        })();

        return events;
    })();

    return meshwork;
})();

export {
  $root as default
};
